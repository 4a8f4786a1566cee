using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juurru.Features.Rooting.Indicators;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> b)
    {
        b.Property(i => i.Name).HasMaxLength(IndicatorTerms.NameMax);
        b.Property(i => i.Unit).HasMaxLength(IndicatorTerms.UnitMax);
        b.Property(i => i.DataSource).HasMaxLength(IndicatorTerms.SourceMax);
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Direction).HasConversion<string>().HasMaxLength(20);
        foreach (var value in new[] { nameof(Indicator.Baseline), nameof(Indicator.Target), nameof(Indicator.LatestValue) }) b.Property(value).HasPrecision(18, 2);
        b.HasOne(i => i.Project).WithMany().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(i => i.Common).WithMany().HasForeignKey(i => i.CommonIndicatorId).OnDelete(DeleteBehavior.Restrict);
        // A project reports each common indicator once.
        b.HasIndex(i => new { i.ProjectId, i.CommonIndicatorId }).IsUnique();
        b.HasMany(i => i.Measurements).WithOne().HasForeignKey(m => m.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.Revisions).WithOne().HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(i => i.Progress);
    }
}

internal sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> b)
    {
        b.Property(m => m.Value).HasPrecision(18, 2);
        b.Property(m => m.Source).HasMaxLength(Measurement.SourceMax);
        b.Property(m => m.Comment).HasMaxLength(Measurement.CommentMax);
        b.HasIndex(m => new { m.IndicatorId, m.Date });
    }
}

internal sealed class IndicatorRevisionConfiguration : IEntityTypeConfiguration<IndicatorRevision>
{
    public void Configure(EntityTypeBuilder<IndicatorRevision> b)
    {
        b.Property(r => r.Action).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.UserName).HasMaxLength(256);
        b.Property(r => r.Changes).HasColumnName("ChangesJson").HasConversion(
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
            v => JsonSerializer.Deserialize<List<ValueChange>>(v, JsonSerializerOptions.Default) ?? new List<ValueChange>(),
            new ValueComparer<List<ValueChange>>((x, y) => x!.SequenceEqual(y!), v => v.Count, v => v.ToList()));
        b.HasIndex(r => new { r.IndicatorId, r.At });
    }
}

internal sealed class CommonIndicatorConfiguration : IEntityTypeConfiguration<CommonIndicator>
{
    public void Configure(EntityTypeBuilder<CommonIndicator> b)
    {
        b.ComplexProperty(c => c.Name, n => Evaluation.LocalizedTextMapping.Texts(n, IndicatorTerms.NameMax));
        b.ComplexProperty(c => c.Unit, n => Evaluation.LocalizedTextMapping.Texts(n, IndicatorTerms.UnitMax));
        b.ComplexProperty(c => c.Description, n => Evaluation.LocalizedTextMapping.Texts(n, 2_000));
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Direction).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Networks.Network>().WithMany().HasForeignKey(c => c.NetworkId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.NetworkId, c.SortOrder });
    }
}
