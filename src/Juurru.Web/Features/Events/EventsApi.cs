using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Events;

/// <summary>Open data: the networks' published events and their programmes.</summary>
public static class EventsApi
{
    public const int MaxItems = 200;

    public sealed record ListResponse(int Count, IReadOnlyList<EventCard> Items);

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/events").WithTags("Events");
        group.MapGet("/", ListAsync).WithName("ListEvents")
            .WithSummary("Published events that have not ended, soonest first; past=true: those that have, newest first. network (its short name), kind; at most 200.");
        group.MapGet("/{id:int}", GetAsync).WithName("GetEvent")
            .WithSummary("One event with its programme (times in Helsinki time; the event's start and end in UTC). The online link only for its organisers.");
    }

    private static async Task<Ok<ListResponse>> ListAsync([AsParameters] EventFilter filter, JuurruDbContext db, TimeProvider clock,
        IOptions<JuurruOptions> options, CancellationToken ct)
    {
        var site = options.Value;
        var items = await filter.Apply(db.Events, clock.GetUtcNow().UtcDateTime)
            .CardsAsync((id, title) => site.Absolute($"/{Cultures.Default}/{Slugs.EventPath(id, title)}"), MaxItems, ct);
        return TypedResults.Ok(new ListResponse(items.Count, items));
    }

    private static async Task<Results<Ok<EventView>, NotFound>> GetAsync(int id, JuurruDbContext db, IAuthorizationService auth,
        HttpContext http, CancellationToken ct)
    {
        var e = await db.LoadAsync(id, ct);
        if (e is null || !(await auth.AuthorizeAsync(http.User, EventAccess.Of(e), EventOperations.Read)).Succeeded) return TypedResults.NotFound();
        var manages = (await auth.AuthorizeAsync(http.User, EventAccess.Of(e), EventOperations.Manage)).Succeeded;
        return TypedResults.Ok(EventView.Of(e, showOnlineUrl: manages));
    }
}
