using Juurru.Data;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Events;

/// <summary>An event in a calendar list and GET /api/v1/events.</summary>
public sealed record EventCard(int Id, EventKind Kind, string Title, DateTime StartsAt, DateTime EndsAt, string Place, bool Online,
    string Language, string Organisers, NamedNetwork Network, string Url);

public sealed record NamedNetwork(string Slug, string Name);

/// <summary>An event as its page and GET /api/v1/events/{id} show it. <see cref="OnlineUrl"/> only for those who manage it.</summary>
public sealed record EventView(int Id, EventKind Kind, string Title, string Description, DateTime StartsAt, DateTime EndsAt,
    string Place, string Room, bool Online, string? OnlineUrl, string Language, string Organisers, string Audience, bool IsPublished,
    NamedNetwork Network, IReadOnlyList<ProgrammeView> Programme, DateTime UpdatedAt)
{
    public static EventView Of(Event e, bool showOnlineUrl) => new(e.Id, e.Kind, e.Title, e.Description, e.StartsAt, e.EndsAt,
        e.Place, e.Room, e.IsOnline, showOnlineUrl ? e.OnlineUrl : null, e.Language, e.Organisers, e.Audience, e.IsPublished,
        new NamedNetwork(e.Network!.Slug, e.Network.Name),
        e.OrderedProgramme.Select(p => new ProgrammeView(p.StartsAt, p.EndsAt, p.Kind, p.Title, p.Details, p.Facilitator, p.Speakers)).ToList(),
        e.UpdatedAt);
}

public sealed record ProgrammeView(TimeOnly? StartsAt, TimeOnly? EndsAt, ProgrammeItemKind Kind, string Title, string Details,
    Person? Facilitator, IReadOnlyList<Person> Speakers);

/// <summary>Which published events a calendar shows: upcoming (not yet ended) or past, of a network, of a kind.</summary>
public sealed class EventFilter
{
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "network")] public string? Network { get; set; }
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "kind")] public EventKind? Kind { get; set; }
    /// <summary>true: the archive of past events, newest first; otherwise the upcoming ones, soonest first.</summary>
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "past")] public bool? Past { get; set; }

    public bool IsPast => Past == true;

    public IQueryable<Event> Apply(IQueryable<Event> events, DateTime now)
    {
        events = events.Where(e => e.IsPublished);
        if (!string.IsNullOrWhiteSpace(Network)) events = events.Where(e => e.Network!.Slug == Network);
        if (Kind is { } kind) events = events.Where(e => e.Kind == kind);
        return IsPast
            ? events.Where(e => e.EndsAt <= now).OrderByDescending(e => e.StartsAt).ThenByDescending(e => e.Id)
            : events.Where(e => e.EndsAt > now).OrderBy(e => e.StartsAt).ThenBy(e => e.Id);
    }
}

public static class EventQueries
{
    public static Task<Event?> LoadAsync(this JuurruDbContext db, int id, CancellationToken ct) =>
        db.Events.Include(e => e.Network).Include(e => e.Programme).AsSplitQuery().SingleOrDefaultAsync(e => e.Id == id, ct);

    /// <param name="url">The address of an event's page from its id and title.</param>
    public static async Task<List<EventCard>> CardsAsync(this IQueryable<Event> events, Func<int, string, string> url, int take, CancellationToken ct) =>
        (await events.Take(take).Select(e => new
            {
                e.Id, e.Kind, e.Title, e.StartsAt, e.EndsAt, e.Place, e.OnlineUrl, e.Language, e.Organisers, Slug = e.Network!.Slug, Network = e.Network.Name,
            })
            .ToListAsync(ct))
        .Select(e => new EventCard(e.Id, e.Kind, e.Title, e.StartsAt, e.EndsAt, e.Place, !string.IsNullOrWhiteSpace(e.OnlineUrl), e.Language,
            e.Organisers, new NamedNetwork(e.Slug, e.Network), url(e.Id, e.Title)))
        .ToList();
}
