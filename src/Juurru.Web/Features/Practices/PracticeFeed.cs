using System.ServiceModel.Syndication;
using Juurru.Data;
using Juurru.Features.Search;
using Juurru.Features.Shared;

namespace Juurru.Features.Practices;

/// <summary>
/// Newly published practices as an Atom feed (RFC 4287), for any list the practice page shows: the whole bank, a
/// network, a theme, an organisation, or a search. The feed's address is the list's address with <c>handler=Atom</c>,
/// so a filtered list and its feed always agree. Only published practices, newest first.
/// </summary>
public static class PracticeFeed
{
    public const int Entries = 50;
    public const string ContentType = AtomFeeds.ContentType;

    /// <summary>The newest published practices of the filtered list, as the feed's entries, with the search's results (for the filters' names).</summary>
    public static async Task<(IReadOnlyList<PracticeCard> Practices, PracticeResults Results)> NewestAsync(JuurruDbContext db, PracticeSearch search,
        PracticeFilter filter, CancellationToken ct)
    {
        filter.Sort = PracticeSort.Newest;
        filter.Page = 1;
        filter.PageSize = Entries;
        var results = await search.SearchAsync(db, filter, ct);
        var ids = results.Page.Select(h => h.EntityId).ToList();
        var cards = await db.Practices.Where(p => ids.Contains(p.Id) && p.Status == PracticeStatus.Published).ToCardsAsync(ct);
        return ([.. cards.OrderByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id)], results);
    }

    /// <param name="self">The feed's own absolute address (its id).</param>
    /// <param name="list">The list page it follows, absolute.</param>
    /// <param name="practiceUrl">The absolute numbered address of a practice's page: the entry's id, which must not change when the title does.</param>
    public static byte[] Write(string title, string self, string list, IReadOnlyList<PracticeCard> practices, Func<int, string> practiceUrl, DateTime now)
    {
        var feed = new SyndicationFeed(title, null, new Uri(list), self, practices.Select(p => p.PublishedAt ?? now).DefaultIfEmpty(now).Max())
        {
            Items = practices.Select(p => Entry(p, practiceUrl(p.Id), now)).ToList(),
        };
        return AtomFeeds.Write(feed, title, self);
    }

    private static SyndicationItem Entry(PracticeCard p, string url, DateTime now)
    {
        var published = p.PublishedAt ?? now;
        var item = new SyndicationItem
        {
            Id = url, Title = new TextSyndicationContent(p.Title), Summary = new TextSyndicationContent(p.Summary),
            LastUpdatedTime = published, PublishDate = published,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(url + Slugs.Suffix(p.Title)), "text/html"));
        foreach (var project in p.Projects) item.Authors.Add(new SyndicationPerson { Name = project.Name });
        foreach (var theme in p.Themes) item.Categories.Add(new SyndicationCategory(theme.Name));
        return item;
    }
}
