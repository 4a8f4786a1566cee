using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juurru.Features.Practices;

internal sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> b)
    {
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(p => p.Status);
        b.Property(p => p.Title).HasMaxLength(300);
        b.Property(p => p.SortKey).HasMaxLength(300);
        b.HasIndex(p => p.SortKey);
        b.Property(p => p.Summary).HasMaxLength(Practice.SummaryMaxLength);
        foreach (var text in new[] { nameof(Practice.GoalAndTargetGroup), nameof(Practice.ContentAndActions),
                     nameof(Practice.StaffInduction), nameof(Practice.Marketing), nameof(Practice.Materials),
                     nameof(Practice.Resources), nameof(Practice.ResultsAndIndicators) })
        {
            b.Property(text).HasMaxLength(20_000);
        }
        b.Property(p => p.Language).HasMaxLength(5);
        b.Property(p => p.CollectionPeriod).HasMaxLength(200);
        b.Property(p => p.ImportKey).HasMaxLength(400);
        b.HasIndex(p => p.ImportKey).IsUnique();
        b.Property(p => p.ImportHash).HasMaxLength(64);
        b.HasIndex(p => p.PublishedAt);
        b.Property(p => p.Decision).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Rooting).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Evaluation.EvaluationRound>().WithMany().HasForeignKey(p => p.DecisionRoundId).OnDelete(DeleteBehavior.SetNull);

        b.HasOne(p => p.Network).WithMany().HasForeignKey(p => p.NetworkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Model).WithMany(m => m.Applications).HasForeignKey(p => p.ModelId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(p => p.Projects).WithMany().UsingEntity("PracticeProjects");
        b.HasMany(p => p.Organisations).WithMany().UsingEntity("PracticeOrganisations");
        b.HasMany(p => p.Themes).WithMany().UsingEntity("PracticeThemes");
        b.HasMany(p => p.Keywords).WithMany().UsingEntity("PracticeKeywords");
        b.HasMany(p => p.TargetGroups).WithMany().UsingEntity("PracticeTargetGroups");
        b.HasMany(p => p.Regions).WithMany().UsingEntity("PracticeRegions");
        b.OwnsMany(p => p.Contacts, c => c.ToJson());
        b.OwnsMany(p => p.Links, l => l.ToJson());
        b.HasMany(p => p.Attachments).WithOne(a => a.Practice).HasForeignKey(a => a.PracticeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Revisions).WithOne(r => r.Practice).HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PracticeRevisionConfiguration : IEntityTypeConfiguration<PracticeRevision>
{
    public void Configure(EntityTypeBuilder<PracticeRevision> b)
    {
        b.Property(r => r.Action).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.UserName).HasMaxLength(256);
        b.Property(r => r.Note).HasMaxLength(2_000);
        b.Ignore(r => r.Changes);
        b.HasIndex(r => new { r.PracticeId, r.At });
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.ContentType).HasMaxLength(120);
        b.Property(a => a.StoredName).HasMaxLength(80);
    }
}
