using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juurru.Features.Projects;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> b)
    {
        b.Property(p => p.Name).HasMaxLength(300);
        b.Property(p => p.NormalizedName).HasMaxLength(300);
        b.Property(p => p.SortKey).HasMaxLength(300);
        b.HasIndex(p => p.SortKey);
        b.HasIndex(p => p.NormalizedName);
        b.Property(p => p.Acronym).HasMaxLength(40);
        b.Property(p => p.Code).HasMaxLength(40);
        b.Property(p => p.Funder).HasMaxLength(200);
        b.Property(p => p.FundingProgramme).HasMaxLength(300);
        b.Property(p => p.DecisionNumber).HasMaxLength(100);
        b.Property(p => p.GrantEuros).HasPrecision(14, 2);
        b.Property(p => p.SelfFinancingPercent).HasPrecision(5, 2);
        b.Property(p => p.Scope).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Description).HasMaxLength(20_000);
        b.Property(p => p.Goals).HasMaxLength(20_000);
        b.Property(p => p.Actions).HasMaxLength(20_000);
        b.Property(p => p.NetworksAndPartners).HasMaxLength(20_000);
        b.Property(p => p.Results).HasMaxLength(20_000);
        b.Property(p => p.Team).HasMaxLength(4_000);
        b.Property(p => p.ImportKey).HasMaxLength(300);
        b.HasIndex(p => p.ImportKey).IsUnique();

        b.HasOne(p => p.Network).WithMany().HasForeignKey(p => p.NetworkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.LeadOrganisation).WithMany().HasForeignKey(p => p.LeadOrganisationId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(p => p.ParentProject).WithMany(p => p.SubProjects).HasForeignKey(p => p.ParentProjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Regions).WithMany().UsingEntity("ProjectRegions");
        b.HasMany(p => p.TargetGroups).WithMany().UsingEntity("ProjectTargetGroups");
        b.HasMany(p => p.Themes).WithMany().UsingEntity("ProjectThemes");
        b.OwnsMany(p => p.Contacts, c => c.ToJson());
        b.OwnsMany(p => p.Links, l => l.ToJson());
        b.HasMany(p => p.Partners).WithOne(x => x.Project).HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Members).WithOne(x => x.Project).HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectPartnerConfiguration : IEntityTypeConfiguration<ProjectPartner>
{
    public void Configure(EntityTypeBuilder<ProjectPartner> b)
    {
        b.HasKey(x => new { x.ProjectId, x.OrganisationId });
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectMemberConfiguration : IEntityTypeConfiguration<ProjectMember>
{
    public void Configure(EntityTypeBuilder<ProjectMember> b)
    {
        b.HasKey(x => new { x.ProjectId, x.UserId });
        b.HasOne<Identity.User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
