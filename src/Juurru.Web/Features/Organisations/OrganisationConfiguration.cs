using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juurru.Features.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(o => o.Name).HasMaxLength(300);
        b.Property(o => o.NormalizedName).HasMaxLength(300);
        b.Property(o => o.SortKey).HasMaxLength(300);
        b.Property(o => o.OtherNames).HasMaxLength(OrganisationForm.OtherNamesMaxLength);
        b.Property(o => o.NormalizedOtherNames).HasMaxLength(OrganisationForm.OtherNamesMaxLength);
        b.HasIndex(o => o.NormalizedName).IsUnique();
        b.HasIndex(o => o.SortKey);
        b.Property(o => o.Type).HasConversion<string>().HasMaxLength(40);
        b.Property(o => o.BusinessId).HasMaxLength(9);
        b.Property(o => o.Website).HasMaxLength(500);
        b.HasOne(o => o.Region).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.HasMany(o => o.Members).WithOne(m => m.Organisation).HasForeignKey(m => m.OrganisationId);
    }
}

internal sealed class OrganisationMemberConfiguration : IEntityTypeConfiguration<OrganisationMember>
{
    public void Configure(EntityTypeBuilder<OrganisationMember> b)
    {
        b.HasKey(m => new { m.OrganisationId, m.UserId });
        b.HasOne<Identity.User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
