using System.ServiceModel.Syndication;

namespace Juurru.Features.Events;

/// <summary>
/// Upcoming events as an Atom feed (RFC 4287): the calendar's address with <c>handler=Atom</c>, of all networks or one.
/// An entry's id is the event's numbered address, which stays when its title changes; its summary says when and where.
/// </summary>
public static class EventFeed
{
    /// <param name="self">The feed's own absolute address (its id).</param>
    /// <param name="list">The calendar page it follows, absolute.</param>
    /// <param name="eventUrl">The absolute numbered address of an event's page.</param>
    /// <param name="summary">When and where, in the reader's language.</param>
    public static byte[] Write(string title, string self, string list, IReadOnlyList<Event> events, Func<int, string> eventUrl,
        Func<Event, string> summary, DateTime now)
    {
        var feed = new SyndicationFeed(title, null, new Uri(list), self, events.Select(e => e.UpdatedAt).DefaultIfEmpty(now).Max())
        {
            Items = events.Select(e =>
            {
                var url = eventUrl(e.Id);
                var item = new SyndicationItem
                {
                    Id = url, Title = new TextSyndicationContent(e.Title), Summary = new TextSyndicationContent(summary(e)),
                    LastUpdatedTime = e.UpdatedAt, PublishDate = e.CreatedAt,
                };
                item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(url + Shared.Slugs.Suffix(e.Title)), "text/html"));
                item.Authors.Add(new SyndicationPerson { Name = e.Organisers.Length > 0 ? e.Organisers : e.Network!.Name });
                return item;
            }).ToList(),
        };
        return Shared.AtomFeeds.Write(feed, title, self);
    }
}
