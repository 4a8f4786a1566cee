using Juurru.Data;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Juurru.Features.Rooting;

/// <summary>Open data: a network's rooting figures, as on its dashboard.</summary>
public static class RootingApi
{
    public static IEndpointRouteBuilder MapRootingApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/networks/{slug}/rooting", GetAsync).WithTags("Networks").WithName("GetNetworkRooting")
            .WithSummary("Of the practices asked about in follow-ups, the share still in use after each follow-up's months (in all, by theme, kind and "
                         + "evaluation decision), adoptions by the year they began, and the common indicators summed over the projects against their "
                         + "targets. followUps (how the follow-ups stand) is given to the network's coordinators only.");
        return app;
    }

    private static async Task<Results<Ok<Dashboard.RootingFigures>, NotFound>> GetAsync(string slug, JuurruDbContext db, Search.FacetTable facets, CurrentUser user, TimeProvider clock,
        CancellationToken ct)
    {
        var figures = await Dashboard.RootingDashboard.ForUserAsync(db, facets, slug, user, clock.GetUtcNow().UtcDateTime, Cultures.Current, ct);
        return figures is null ? TypedResults.NotFound() : TypedResults.Ok(figures);
    }
}
