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
        b.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}
