using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Projects;

/// <summary>Open data: the project registry as JSON.</summary>
public static class ProjectsApi
{
    /// <param name="Page">The page number; null when the page was asked by <c>after</c>.</param>
    /// <param name="Next">The <c>after</c> value of the next page; null on the last.</param>
    public sealed record ListResponse(int Total, int? Page, int PageSize, int? Next, IReadOnlyList<ProjectRow> Items);

    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/projects").WithTags("Projects");
        group.MapGet("/", ListAsync).WithName("ListProjects").WithSummary("Projects, filtered and paged, in name order (with q, best match first); or paged by after (the last id received), following next.");
        group.MapGet("/{id:int}", GetAsync).WithName("GetProject").WithSummary("One project card with its published practices.");
        return app;
    }

    private static async Task<Results<Ok<ListResponse>, ProblemHttpResult>> ListAsync([AsParameters] ProjectFilter filter, JuurruDbContext db,
        TimeProvider clock, Search.PracticeSearch search, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        // By name, or with words best match first, as the registry lists them.
        var matching = await db.MatchingIdsAsync(search, filter, today, ct);
        var start = (filter.PageNumber - 1) * filter.Size;
        if (filter.After is { } after)
        {
            var at = matching.IndexOf(after);
            if (at < 0) return TypedResults.Problem($"Project {after} is not in this list: start again without after.", statusCode: StatusCodes.Status400BadRequest);
            start = at + 1;
        }
        var page = matching.Skip(start).Take(filter.Size).ToArray();
        var found = (await db.Projects.Where(p => EF.Parameter(page).Contains(p.Id)).ToRowsAsync(db, ct)).ToDictionary(r => r.Id);
        var rows = page.Select(id => found[id]).ToList();
        return TypedResults.Ok(new ListResponse(matching.Count, filter.After is null ? filter.PageNumber : null, filter.Size,
            start + rows.Count < matching.Count && rows.Count > 0 ? rows[^1].Id : null, rows));
    }

    private static async Task<Results<Ok<ProjectView>, NotFound>> GetAsync(int id, JuurruDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var view = await db.LoadViewAsync(id, Cultures.Current, today, db.Practices.Where(p => p.Status == PracticeStatus.Published), ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }
}
