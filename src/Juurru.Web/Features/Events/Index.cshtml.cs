using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Events;

/// <summary>
/// The calendar: published events that have not ended, soonest first, or the archive of past ones; of one network or
/// all, of one kind. The same list as an iCalendar feed to subscribe to (<c>handler=Ics</c>).
/// </summary>
public sealed class IndexModel(JuurruDbContext db, CurrentUser user, TimeProvider clock, IOptions<JuurruOptions> options,
    IStringLocalizer<SharedResource> L) : PageModel
{
    private const int PerPage = 100;

    public EventFilter Filter { get; private set; } = new();
    public IReadOnlyList<EventCard> Events { get; private set; } = [];
    public IReadOnlyList<Option<string>> Networks { get; private set; } = [];
    public string? NetworkName { get; private set; }
    /// <summary>Networks whose events the viewer may add (coordinators).</summary>
    public IReadOnlyList<Option<string>> CanAddTo { get; private set; } = [];
    /// <summary>The viewer's drafts, for coordinators: not in the public calendar yet.</summary>
    public IReadOnlyList<EventCard> Drafts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery] EventFilter filter, CancellationToken ct)
    {
        if (await LoadFilterAsync(filter, ct) is { } refused) return refused;
        var now = clock.GetUtcNow().UtcDateTime;
        Events = await filter.Apply(db.Events.AsNoTracking(), now).CardsAsync(PageOf, PerPage, ct);
        var scope = await user.GetScopeAsync(ct);
        var coordinated = (await db.Networks.AsNoTracking().OrderBy(n => n.SortKey).Select(n => new { n.Id, n.Name }).ToListAsync(ct))
            .Where(n => scope.Coordinates(n.Id)).ToList();
        CanAddTo = coordinated.Select(n => new Option<string>(n.Id.ToString(), n.Name)).ToList();
        if (coordinated.Count > 0)
        {
            var ids = coordinated.Select(n => n.Id).ToArray();
            Drafts = await db.Events.AsNoTracking().Where(e => !e.IsPublished && EF.Parameter(ids).Contains(e.NetworkId))
                .Where(e => filter.Network == null || e.Network!.Slug == filter.Network)
                .OrderBy(e => e.StartsAt).CardsAsync(PageOf, PerPage, ct);
        }
        return Page();
    }

    /// <summary>The list as an iCalendar feed: the upcoming events, and those of the past 90 days so that a calendar keeps them.</summary>
    public async Task<IActionResult> OnGetIcsAsync([FromQuery] EventFilter filter, CancellationToken ct)
    {
        if (await LoadFilterAsync(filter, ct) is { } refused) return refused;
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-90);
        var events = await new EventFilter { Network = filter.Network, Kind = filter.Kind }.Apply(db.Events.AsNoTracking(), since)
            .Take(500).ToListAsync(ct);
        var name = NetworkName is { } network ? $"{network} – Juurru" : L["Events of the networks – Juurru"].Value;
        var site = options.Value;
        var text = EventCalendar.Write(name, events, new Uri(site.Absolute("/")).Host, e => site.Absolute("/" + Cultures.Current + "/" + Slugs.EventPath(e.Id, e.Title)), now);
        return Content(text, EventCalendar.ContentType);
    }

    /// <summary>The upcoming events of the list (whatever its past choice) as an Atom feed, soonest first.</summary>
    public async Task<IActionResult> OnGetAtomAsync([FromQuery] EventFilter filter, CancellationToken ct)
    {
        if (await LoadFilterAsync(filter, ct) is { } refused) return refused;
        var now = clock.GetUtcNow().UtcDateTime;
        var events = await new EventFilter { Network = filter.Network, Kind = filter.Kind }.Apply(db.Events.AsNoTracking().Include(e => e.Network), now)
            .Take(PerPage).ToListAsync(ct);
        var site = options.Value;
        var title = NetworkName is { } network ? L["Events: {0}", network].Value + " – Juurru" : L["Events of the networks – Juurru"].Value;
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        var atom = EventFeed.Write(title, site.Absolute(Request.Path + Request.QueryString), site.Absolute(Link(past: false)), events,
            id => site.Absolute($"/{Cultures.Current}/events/{id}"),
            e => string.Join(" · ", new[] { EventLabels.When(e.StartsAt, e.EndsAt, culture), e.Place, e.IsOnline ? L["Online"].Value : "" }.Where(s => s.Length > 0)),
            now);
        return File(atom, AtomFeeds.ContentType);
    }

    /// <summary>The address of this list as a feed or with a filter changed.</summary>
    public string Link(string? handler = null, bool? past = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["network"] = Filter.Network, ["kind"] = Filter.Kind?.ToString(), ["past"] = (past ?? Filter.IsPast) ? "true" : null, ["handler"] = handler,
        };
        return Pager.Link(Request, values);
    }

    private string PageOf(int id, string title) => Url.Page("/Events/Details", new { id, slug = Slugs.Of(title) })!;

    private async Task<IActionResult?> LoadFilterAsync(EventFilter filter, CancellationToken ct)
    {
        Filter = filter;
        Networks = await db.Networks.AsNoTracking().OrderBy(n => n.SortKey).Select(n => new Option<string>(n.Slug, n.Name)).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(filter.Network))
        {
            NetworkName = Networks.FirstOrDefault(n => n.Value == filter.Network)?.Name;
            if (NetworkName is null) return NotFound();
        }
        return null;
    }
}
