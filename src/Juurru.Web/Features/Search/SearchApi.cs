using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Search;

/// <summary>GET /api/v1/search: the method bank's Finnish search with facet counts, as on the practice list page.</summary>
public static class SearchApi
{
    public sealed record FacetValue(string Value, int Count);

    public sealed record SearchItem(int Id, string Title, PracticeKind Kind, Evaluation.EvaluationDecision? Decision, Rooting.RootingSummary Rooting, string Summary,
        string? Snippet, string? TitleHighlighted, double Score, int? Year, string Language,
        IReadOnlyList<ProjectRef> Projects, IReadOnlyList<ThemeRef> Themes, string Url);

    /// <param name="TotalIsLowerBound">The words matched more practices than are counted (10,000): total and facet counts cover that many.</param>
    public sealed record SearchResponse(int Total, bool TotalIsLowerBound, int Page, int PageSize, string? DidYouMean, bool OnlyStopWords,
        IReadOnlyList<SearchItem> Items, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

    /// <summary>Values reported per facet, the most frequent first (a big bank has thousands of projects).</summary>
    public const int MaxFacetValues = 50;

    // "subtheme" counts the same theme values as "theme"; the API reports them once.
    private static readonly string[] ReportedFacets = ["network", "theme", "kind", "project", "organisation", "targetGroup", "keyword", "region", "year", "language", "decision", "rooting"];

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/search", SearchAsync).WithTags("Search").WithName("Search")
            .WithSummary("Published practices matching the words q (any inflected form, compound parts, \"phrases\", prefix*), best first, "
                         + "with the list page's filters as parameters and the number of results per facet value. "
                         + "snippet and titleHighlighted are HTML-escaped text with the matched words in <mark>.");
        return app;
    }

    private static async Task<Ok<SearchResponse>> SearchAsync([AsParameters] PracticeFilter filter, JuurruDbContext db,
        PracticeSearch search, HttpContext http, CancellationToken ct)
    {
        var results = await search.SearchAsync(db, filter, ct);
        var items = await PracticeResultItems.LoadAsync(db, search, results, ct);
        var baseUrl = http.RequestServices.GetRequiredService<IOptions<JuurruOptions>>().Value.Absolute($"/{Cultures.Default}/practices/");
        var facets = ReportedFacets.ToDictionary(f => f, f => (IReadOnlyList<FacetValue>)results.Facets.Counts[f]
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(MaxFacetValues).Select(kv => new FacetValue(kv.Key, kv.Value)).ToList());
        return TypedResults.Ok(new SearchResponse(results.Total, results.TotalIsLowerBound, filter.PageNumber, filter.Size, results.CorrectedQuery, results.OnlyStopWords,
            items.Select(i => new SearchItem(i.Card.Id, i.Card.Title, i.Card.Kind, i.Card.Decision, i.Card.Rooting, i.Card.Summary,
                i.Highlights is null ? null : Highlighter.ToHtml(i.Highlights.Snippet),
                i.Highlights is null ? null : Highlighter.ToHtml(i.Highlights.Title),
                Math.Round(i.Score, 4), i.Card.Year, i.Card.Language, i.Card.Projects, i.Card.Themes, baseUrl + i.Card.Id + Slugs.Suffix(i.Card.Title))).ToList(),
            facets));
    }
}
