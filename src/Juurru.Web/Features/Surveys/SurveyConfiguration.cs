using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juurru.Features.Surveys;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> b)
    {
        b.Property(s => s.Title).HasMaxLength(300);
        b.Property(s => s.DefinitionJson).HasMaxLength(SurveyFormat.MaxBytes);
        b.Property(s => s.Anonymity).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.LinkKey).HasMaxLength(40);
        b.HasIndex(s => s.LinkKey).IsUnique();
        b.Property(s => s.ReportKey).HasMaxLength(40);
        b.HasIndex(s => s.ReportKey).IsUnique();
        b.Ignore(s => s.Definition);
        b.HasOne(s => s.Network).WithMany().HasForeignKey(s => s.NetworkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Project).WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Survey>().WithMany().HasForeignKey(s => s.PairedSurveyId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class SurveyHistoryEntryConfiguration : IEntityTypeConfiguration<SurveyHistoryEntry>
{
    public void Configure(EntityTypeBuilder<SurveyHistoryEntry> b)
    {
        b.ToTable("SurveyHistory");
        b.Property(h => h.Action).HasConversion<string>().HasMaxLength(30);
        b.Property(h => h.UserId).HasMaxLength(450);
        b.Property(h => h.UserName).HasMaxLength(200);
        b.HasIndex(h => new { h.SurveyId, h.At });
        b.HasOne<Survey>().WithMany().HasForeignKey(h => h.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RespondentGroupConfiguration : IEntityTypeConfiguration<RespondentGroup>
{
    public void Configure(EntityTypeBuilder<RespondentGroup> b)
    {
        b.Property(g => g.Name).HasMaxLength(200);
        b.HasIndex(g => new { g.SurveyId, g.Name }).IsUnique();
        b.HasOne<Survey>().WithMany().HasForeignKey(g => g.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.ToTable("SurveyInvitations");
        b.Property(i => i.Email).HasMaxLength(320);
        b.Property(i => i.Name).HasMaxLength(200);
        b.Property(i => i.Language).HasMaxLength(5);
        b.Property(i => i.Regarding).HasMaxLength(300);
        b.Property(i => i.Token).HasMaxLength(40);
        b.HasIndex(i => i.Token).IsUnique();
        b.HasIndex(i => new { i.SurveyId, i.Email }).IsUnique();
        b.HasOne<Survey>().WithMany().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(i => i.Group).WithMany().HasForeignKey(i => i.GroupId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class RespondentCodeKeyConfiguration : IEntityTypeConfiguration<RespondentCodeKey>
{
    public void Configure(EntityTypeBuilder<RespondentCodeKey> b)
    {
        b.HasKey(k => k.NetworkId);
        b.Property(k => k.NetworkId).ValueGeneratedNever();
        b.HasOne<Networks.Network>().WithMany().HasForeignKey(k => k.NetworkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FeaturedQuoteConfiguration : IEntityTypeConfiguration<FeaturedQuote>
{
    public void Configure(EntityTypeBuilder<FeaturedQuote> b)
    {
        b.Property(q => q.QuestionKey).HasMaxLength(40);
        b.HasIndex(q => new { q.SurveyId, q.ResponseId, q.QuestionKey }).IsUnique();
        b.HasOne<Survey>().WithMany().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<SurveyResponse>().WithMany().HasForeignKey(q => q.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> b)
    {
        b.Property(r => r.Key).HasMaxLength(40);
        b.HasIndex(r => r.Key).IsUnique();
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Language).HasMaxLength(5);
        b.HasIndex(r => new { r.SurveyId, r.Status });
        b.Property(r => r.RespondentCode).HasMaxLength(40);
        b.HasIndex(r => new { r.SurveyId, r.RespondentCode });
        b.Property(r => r.RespondentName).HasMaxLength(200);
        b.HasOne<RespondentGroup>().WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Invitation>().WithMany().HasForeignKey(r => r.InvitationId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyFileConfiguration : IEntityTypeConfiguration<SurveyFile>
{
    public void Configure(EntityTypeBuilder<SurveyFile> b)
    {
        b.Property(f => f.ResponseKey).HasMaxLength(40);
        b.Property(f => f.QuestionKey).HasMaxLength(40);
        b.Property(f => f.Key).HasMaxLength(40);
        b.HasIndex(f => f.Key).IsUnique();
        b.HasIndex(f => new { f.SurveyId, f.ResponseKey });
        b.Property(f => f.FileName).HasMaxLength(200);
        b.Property(f => f.ContentType).HasMaxLength(200);
        b.Property(f => f.StoredName).HasMaxLength(100);
        b.HasOne<Survey>().WithMany().HasForeignKey(f => f.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}
