using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juurru.Features.Joining;

/// <summary>
/// Someone asking to become a member of a project or an organisation: exactly one of the two is set. The request is
/// removed when it is answered; the answer reaches the person as a notification.
/// </summary>
public sealed class JoinRequest
{
    public const int MaxMessageLength = 1000;

    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public int? ProjectId { get; set; }
    public int? OrganisationId { get; set; }
    /// <summary>What the person wrote to those who decide: who they are, what they do in the project.</summary>
    public string Message { get; set; } = "";
    public DateTime At { get; set; }
}

internal sealed class JoinRequestConfiguration : IEntityTypeConfiguration<JoinRequest>
{
    public void Configure(EntityTypeBuilder<JoinRequest> b)
    {
        b.Property(r => r.Message).HasMaxLength(JoinRequest.MaxMessageLength);
        // One open request per person and place (NULLs differ, so the other kind does not collide).
        b.HasIndex(r => new { r.UserId, r.ProjectId }).IsUnique();
        b.HasIndex(r => new { r.UserId, r.OrganisationId }).IsUnique();
        b.HasIndex(r => r.ProjectId);
        b.HasIndex(r => r.OrganisationId);
        b.ToTable(t => t.HasCheckConstraint("CK_JoinRequests_OneTarget", "(\"ProjectId\" IS NULL) <> (\"OrganisationId\" IS NULL)"));
        b.HasOne<Identity.User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Projects.Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
