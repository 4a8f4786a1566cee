using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juurru.Features.Rooting.FollowUps;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.Property(f => f.State).HasConversion<string>().HasMaxLength(20);
        // One follow-up per project and month: two instances scheduling at once cannot make two.
        b.HasIndex(f => new { f.ProjectId, f.Months }).IsUnique();
        b.HasIndex(f => new { f.State, f.DueOn });
        b.HasIndex(f => f.NetworkId);
        b.HasIndex(f => f.SurveyId).IsUnique();
        b.HasOne(f => f.Project).WithMany().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Networks.Network>().WithMany().HasForeignKey(f => f.NetworkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(f => f.Survey).WithMany().HasForeignKey(f => f.SurveyId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class FollowUpRecipientConfiguration : IEntityTypeConfiguration<FollowUpRecipient>
{
    public void Configure(EntityTypeBuilder<FollowUpRecipient> b)
    {
        b.HasIndex(r => r.InvitationId).IsUnique();
        b.HasOne<FollowUp>().WithMany().HasForeignKey(r => r.FollowUpId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Surveys.Invitation>().WithMany().HasForeignKey(r => r.InvitationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class FollowUpAnswerConfiguration : IEntityTypeConfiguration<FollowUpAnswer>
{
    public void Configure(EntityTypeBuilder<FollowUpAnswer> b)
    {
        b.Property(a => a.Use).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.KeptBy).HasMaxLength(FollowUpAnswer.TextMax);
        b.Property(a => a.Reason).HasMaxLength(FollowUpAnswer.TextMax);
        b.Property(a => a.EvidenceLink).HasMaxLength(FollowUpAnswer.TextMax);
        b.Property(a => a.EvidenceFile).HasMaxLength(40);
        b.HasIndex(a => new { a.FollowUpId, a.PracticeId, a.OrganisationId });
        // Covers the dashboard's grouping of the answers by practice and follow-up.
        b.HasIndex(a => new { a.PracticeId, a.FollowUpId, a.Use });
        b.HasOne<FollowUp>().WithMany().HasForeignKey(a => a.FollowUpId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Practices.Practice>().WithMany().HasForeignKey(a => a.PracticeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.SetNull);
    }
}
