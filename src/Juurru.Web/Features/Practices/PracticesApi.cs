using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Practices;

/// <summary>Open data: published practices as JSON. Filters are the list page's query parameters.</summary>
public static class PracticesApi
{
    public sealed record ListItem(int Id, string Title, PracticeKind Kind, Evaluation.EvaluationDecision? Decision, Rooting.RootingSummary Rooting,
        string Summary, int? Year, string Language, DateTime? PublishedAt, IReadOnlyList<ProjectRef> Projects, IReadOnlyList<ThemeRef> Themes, string Url);

    /// <param name="Page">The page number; null when the page was asked by <c>after</c>.</param>
    /// <param name="Next">The <c>after</c> value of the next page; null on the last.</param>
    public sealed record ListResponse(int Total, int? Page, int PageSize, int? Next, IReadOnlyList<ListItem> Items);

    public static IEndpointRouteBuilder MapPracticesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/practices").WithTags("Practices");
        group.MapGet("/", ListAsync).WithName("ListPractices")
            .WithSummary("Published practices, filtered and paged like the method bank's list page; or paged by after (the last id received), following next.");
        group.MapGet("/{id:int}", GetAsync).WithName("GetPractice")
            .WithSummary("One practice with its whole template. Drafts are visible to their editors only.");
        return app;
    }

    private static async Task<Results<Ok<ListResponse>, ProblemHttpResult>> ListAsync([AsParameters] PracticeFilter filter, JuurruDbContext db,
        Search.PracticeSearch search, HttpContext http, CancellationToken ct)
    {
        var results = await search.SearchAsync(db, filter, ct);
        if (results.CursorLost)
            return TypedResults.Problem($"Practice {filter.After} is no longer in this list: start again without after.", statusCode: StatusCodes.Status400BadRequest);
        var cards = (await Search.PracticeResultItems.LoadAsync(db, search, results, ct)).Select(i => i.Card).ToList();
        var baseUrl = http.RequestServices.GetRequiredService<IOptions<JuurruOptions>>().Value.Absolute($"/{Cultures.Default}/practices/");
        var items = cards.Select(c => new ListItem(c.Id, c.Title, c.Kind, c.Decision, c.Rooting, c.Summary, c.Year, c.Language, c.PublishedAt, c.Projects, c.Themes, baseUrl + c.Id + Slugs.Suffix(c.Title))).ToList();
        return TypedResults.Ok(new ListResponse(results.Total, filter.After is null ? filter.PageNumber : null, filter.Size,
            results.HasMore && items.Count > 0 ? items[^1].Id : null, items));
    }

    private static async Task<Results<Ok<PracticeView>, NotFound>> GetAsync(int id, JuurruDbContext db,
        IAuthorizationService auth, HttpContext http, CancellationToken ct)
    {
        var view = await db.LoadViewAsync(id, Cultures.Current, ct);
        if (view is null) return TypedResults.NotFound();
        // Without the right to read, a draft does not exist: 404, not 403.
        var allowed = await auth.AuthorizeAsync(http.User, view.Access, PracticeOperations.Read);
        return allowed.Succeeded ? TypedResults.Ok(view) : TypedResults.NotFound();
    }
}
