using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juurru.Features.Vocabulary;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.Property(r => r.Code).HasMaxLength(8);
        b.HasIndex(r => r.Code).IsUnique();
        b.Property(r => r.NameFi).HasMaxLength(100);
        b.Property(r => r.NameSv).HasMaxLength(100);
        b.Property(r => r.NameEn).HasMaxLength(100);
    }
}

internal sealed class KeywordConfiguration : IEntityTypeConfiguration<Keyword>
{
    public void Configure(EntityTypeBuilder<Keyword> b)
    {
        b.Property(k => k.Name).HasMaxLength(100);
        b.Property(k => k.NormalizedName).HasMaxLength(100);
        b.HasIndex(k => k.NormalizedName).IsUnique();
    }
}

internal sealed class TargetGroupConfiguration : IEntityTypeConfiguration<TargetGroup>
{
    public void Configure(EntityTypeBuilder<TargetGroup> b)
    {
        b.Property(k => k.Name).HasMaxLength(200);
        b.Property(k => k.NormalizedName).HasMaxLength(200);
        b.HasIndex(k => k.NormalizedName).IsUnique();
    }
}
