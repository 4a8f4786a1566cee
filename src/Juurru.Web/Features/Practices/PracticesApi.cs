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

    public sealed record ListResponse(int Total, int Page, int PageSize, IReadOnlyList<ListItem> Items);

    public static IEndpointRouteBuilder MapPracticesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/practices").WithTags("Practices");
        group.MapGet("/", ListAsync).WithName("ListPractices")
            .WithSummary("Published practices, filtered and paged like the method bank's list page.");
        group.MapGet("/{id:int}", GetAsync).WithName("GetPractice")
            .WithSummary("One practice with its whole template. Drafts are visible to their editors only.");
        return app;
    }

    private static async Task<Ok<ListResponse>> ListAsync([AsParameters] PracticeFilter filter, JuurruDbContext db,
        Search.PracticeSearch search, HttpContext http, CancellationToken ct)
    {
        var results = await search.SearchAsync(db, filter, ct);
        var total = results.Total;
        var cards = (await Search.PracticeResultItems.LoadAsync(db, search, results, ct)).Select(i => i.Card).ToList();
        var baseUrl = http.RequestServices.GetRequiredService<IOptions<JuurruOptions>>().Value.Absolute($"/{Cultures.Default}/practices/");
        var items = cards.Select(c => new ListItem(c.Id, c.Title, c.Kind, c.Decision, c.Rooting, c.Summary, c.Year, c.Language, c.PublishedAt, c.Projects, c.Themes, baseUrl + c.Id)).ToList();
        return TypedResults.Ok(new ListResponse(total, filter.PageNumber, filter.Size, items));
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
