using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Juurru.Features.Events;

/// <summary>
/// Events as iCalendar (RFC 5545): one event's <c>.ics</c> for "add to calendar", a network's feed to subscribe to.
/// Times in UTC, so that no calendar needs a time zone definition to place them right; a UID that never changes
/// (<c>event-{id}@{host}</c>), so that a changed event replaces the one already in a calendar instead of doubling it.
/// </summary>
public static class EventCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <param name="url">The absolute address of an event's page.</param>
    public static string Write(string name, IEnumerable<Event> events, string host, Func<Event, string> url, DateTime now)
    {
        var calendar = new Calendar { ProductId = "-//Juurru//Events//FI", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("NAME", name);
        // Subscribed calendars ask again within the hour (RFC 7986 and the older Outlook property).
        calendar.AddProperty("REFRESH-INTERVAL;VALUE=DURATION", "PT1H");
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        foreach (var e in events)
        {
            var entry = new CalendarEvent
            {
                Uid = $"event-{e.Id}@{host}",
                Summary = e.Title,
                Description = string.Join("\n\n", new[] { e.Description, url(e) }.Where(s => !string.IsNullOrWhiteSpace(s))),
                Location = string.Join(", ", new[] { e.Place, e.Room }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } place ? place : null,
                DtStart = new CalDateTime(DateTime.SpecifyKind(e.StartsAt, DateTimeKind.Utc)),
                DtEnd = new CalDateTime(DateTime.SpecifyKind(e.EndsAt, DateTimeKind.Utc)),
                DtStamp = new CalDateTime(DateTime.SpecifyKind(now, DateTimeKind.Utc)),
                LastModified = new CalDateTime(DateTime.SpecifyKind(e.UpdatedAt, DateTimeKind.Utc)),
                // Each saved change is a new sequence, so that calendars take the newer one.
                Sequence = e.Version,
                Url = new Uri(url(e)),
            };
            calendar.Events.Add(entry);
        }
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
