using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Projects;

/// <summary>Open data: the project registry as JSON.</summary>
public static class ProjectsApi
{
    public sealed record ListResponse(int Total, int Page, int PageSize, IReadOnlyList<ProjectRow> Items);

    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/projects").WithTags("Projects");
        group.MapGet("/", ListAsync).WithName("ListProjects").WithSummary("Projects, filtered and paged, in name order.");
        group.MapGet("/{id:int}", GetAsync).WithName("GetProject").WithSummary("One project card with its published practices.");
        return app;
    }

    private static async Task<Ok<ListResponse>> ListAsync([AsParameters] ProjectFilter filter, JuurruDbContext db,
        TimeProvider clock, Search.PracticeSearch search, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            // With words: best match first, as the search ranks them.
            var matching = await db.MatchingIdsAsync(search, filter, today, ct);
            var page = matching.Skip((filter.PageNumber - 1) * filter.Size).Take(filter.Size).ToList();
            var found = (await db.Projects.Where(p => page.Contains(p.Id)).ToRowsAsync(db, ct)).ToDictionary(r => r.Id);
            return TypedResults.Ok(new ListResponse(matching.Count, filter.PageNumber, filter.Size, page.Select(id => found[id]).ToList()));
        }
        var query = db.Projects.Filter(filter, today, null);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(p => p.SortKey).ThenBy(p => p.Id)
            .Skip((filter.PageNumber - 1) * filter.Size).Take(filter.Size)
            .ToRowsAsync(db, ct);
        return TypedResults.Ok(new ListResponse(total, filter.PageNumber, filter.Size, rows));
    }

    private static async Task<Results<Ok<ProjectView>, NotFound>> GetAsync(int id, JuurruDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var view = await db.LoadViewAsync(id, Cultures.Current, today, db.Practices.Where(p => p.Status == PracticeStatus.Published), ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }
}
