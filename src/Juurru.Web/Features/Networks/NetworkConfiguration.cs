using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juurru.Features.Networks;

internal sealed class NetworkConfiguration : IEntityTypeConfiguration<Network>
{
    public void Configure(EntityTypeBuilder<Network> b)
    {
        b.Property(n => n.Name).HasMaxLength(200);
        b.Property(n => n.SortKey).HasMaxLength(200);
        b.Property(n => n.Slug).HasMaxLength(60);
        b.HasIndex(n => n.Slug).IsUnique();
        b.Property(n => n.Description).HasMaxLength(20_000);
        b.Property(n => n.Website).HasMaxLength(500);
        b.Property(n => n.Licence).HasMaxLength(40).HasDefaultValue(OpenData.OpenLicence.Default.Id);
        b.HasMany(n => n.Themes).WithOne(t => t.Network).HasForeignKey(t => t.NetworkId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(n => n.Coordinators).WithOne(c => c.Network).HasForeignKey(c => c.NetworkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NetworkCoordinatorConfiguration : IEntityTypeConfiguration<NetworkCoordinator>
{
    public void Configure(EntityTypeBuilder<NetworkCoordinator> b)
    {
        b.HasKey(c => new { c.NetworkId, c.UserId });
        b.HasOne<Identity.User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> b)
    {
        b.Property(t => t.Code).HasMaxLength(10);
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.NormalizedName).HasMaxLength(200);
        b.Property(t => t.Description).HasMaxLength(20_000);
        b.HasIndex(t => new { t.NetworkId, t.Code }).IsUnique();
        b.HasOne(t => t.Parent).WithMany(t => t.Children).HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(t => t.IsSubtheme);
        b.Ignore(t => t.Label);
    }
}
