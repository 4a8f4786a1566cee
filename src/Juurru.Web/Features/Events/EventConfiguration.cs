using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juurru.Features.Events;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> b)
    {
        b.ToTable("Events");
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Title).HasMaxLength(Event.TitleMax);
        b.Property(e => e.Description).HasMaxLength(Event.TextMax);
        b.Property(e => e.Place).HasMaxLength(Event.PlaceMax);
        b.Property(e => e.Room).HasMaxLength(Event.PlaceMax);
        b.Property(e => e.OnlineUrl).HasMaxLength(Event.UrlMax);
        b.Property(e => e.Language).HasMaxLength(2);
        b.Property(e => e.Organisers).HasMaxLength(Event.NamesMax);
        b.Property(e => e.Audience).HasMaxLength(Event.NamesMax);
        b.HasOne(e => e.Network).WithMany().HasForeignKey(e => e.NetworkId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Programme).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        // The calendar: published events of a network by time.
        b.HasIndex(e => new { e.IsPublished, e.EndsAt });
        b.HasIndex(e => new { e.NetworkId, e.StartsAt });
        b.Ignore(e => e.OrderedProgramme);
    }
}

internal sealed class ProgrammeItemConfiguration : IEntityTypeConfiguration<ProgrammeItem>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ProgrammeItem> b)
    {
        b.ToTable("ProgrammeItems");
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Title).HasMaxLength(ProgrammeItem.TitleMax);
        b.Property(p => p.Details).HasMaxLength(ProgrammeItem.DetailsMax);
        // The people of an item are read and written with it, never queried on their own: JSON beside the item.
        b.Property(p => p.Facilitator).HasColumnName("FacilitatorJson").HasConversion(
            v => v == null ? null : JsonSerializer.Serialize(v, Json),
            v => v == null ? null : JsonSerializer.Deserialize<Person>(v, Json));
        b.Property(p => p.Speakers).HasColumnName("SpeakersJson").HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            v => JsonSerializer.Deserialize<List<Person>>(v, Json) ?? new List<Person>(),
            new ValueComparer<List<Person>>((x, y) => x!.SequenceEqual(y!), v => v.Count, v => v.ToList()));
        b.HasIndex(p => new { p.EventId, p.SortOrder });
    }
}
