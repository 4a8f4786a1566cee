using Juurru.Features.Shared;
using Juurru.Features.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juurru.Features.Evaluation;

internal static class LocalizedTextMapping
{
    public static void Texts<T>(ComplexPropertyBuilder<T> b, int max) where T : class
    {
        b.Property(nameof(LocalizedText.Fi)).HasMaxLength(max);
        b.Property(nameof(LocalizedText.Sv)).HasMaxLength(max);
        b.Property(nameof(LocalizedText.En)).HasMaxLength(max);
    }

    public static void Scale(ComplexPropertyBuilder<CriterionScale> s)
    {
        s.ComplexProperty(x => x.MinLabel, l => Texts(l, 100));
        s.ComplexProperty(x => x.MaxLabel, l => Texts(l, 100));
    }
}

internal sealed class CriterionConfiguration : IEntityTypeConfiguration<Criterion>
{
    public void Configure(EntityTypeBuilder<Criterion> b)
    {
        b.Property(c => c.Phase).HasConversion<string>().HasMaxLength(10);
        b.ComplexProperty(c => c.Name, n => LocalizedTextMapping.Texts(n, 200));
        b.ComplexProperty(c => c.Description, n => LocalizedTextMapping.Texts(n, 2_000));
        b.ComplexProperty(c => c.Scale, LocalizedTextMapping.Scale);
        b.HasOne<Networks.Network>().WithMany().HasForeignKey(c => c.NetworkId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.NetworkId, c.Phase, c.SortOrder });
    }
}

internal sealed class EvaluationRoundConfiguration : IEntityTypeConfiguration<EvaluationRound>
{
    public void Configure(EntityTypeBuilder<EvaluationRound> b)
    {
        b.Property(r => r.Name).HasMaxLength(200);
        b.Property(r => r.Instructions).HasMaxLength(10_000);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
        b.HasOne(r => r.Network).WithMany().HasForeignKey(r => r.NetworkId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.NetworkId, r.Status });
        b.HasMany(r => r.Criteria).WithOne().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Practices).WithOne(p => p.Round).HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Evaluators).WithOne().HasForeignKey(e => e.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Assignments).WithOne(a => a.Round).HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoundCriterionConfiguration : IEntityTypeConfiguration<RoundCriterion>
{
    public void Configure(EntityTypeBuilder<RoundCriterion> b)
    {
        b.Property(c => c.Phase).HasConversion<string>().HasMaxLength(10);
        b.ComplexProperty(c => c.Name, n => LocalizedTextMapping.Texts(n, 200));
        b.ComplexProperty(c => c.Description, n => LocalizedTextMapping.Texts(n, 2_000));
        b.ComplexProperty(c => c.Scale, LocalizedTextMapping.Scale);
    }
}

internal sealed class RoundPracticeConfiguration : IEntityTypeConfiguration<RoundPractice>
{
    public void Configure(EntityTypeBuilder<RoundPractice> b)
    {
        b.HasKey(p => new { p.RoundId, p.PracticeId });
        b.Property(p => p.Decision).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Statement).HasMaxLength(10_000);
        b.Property(p => p.DecidedById).HasMaxLength(450);
        b.HasOne(p => p.Practice).WithMany().HasForeignKey(p => p.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoundEvaluatorConfiguration : IEntityTypeConfiguration<RoundEvaluator>
{
    public void Configure(EntityTypeBuilder<RoundEvaluator> b)
    {
        b.HasKey(e => new { e.RoundId, e.UserId, e.Phase });
        b.Property(e => e.Phase).HasConversion<string>().HasMaxLength(10);
        b.HasOne<Identity.User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> b)
    {
        b.Property(a => a.Phase).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.GroupLabel).HasMaxLength(100);
        b.Property(a => a.Comment).HasMaxLength(10_000);
        b.OwnsMany(a => a.Scores, s =>
        {
            s.ToJson();
            s.Property(x => x.Comment).HasMaxLength(4_000);
        });
        b.HasOne<Practice>().WithMany().HasForeignKey(a => a.PracticeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Identity.User>().WithMany().HasForeignKey(a => a.EvaluatorId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.EvaluatorId, a.Status });
        b.HasIndex(a => new { a.RoundId, a.PracticeId });
        // One record per workshop group (individual forms have no label, and NULLs never collide).
        b.HasIndex(a => new { a.RoundId, a.PracticeId, a.Phase, a.GroupLabel }).IsUnique();
    }
}
