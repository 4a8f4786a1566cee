using Juurru.Features.Practices;

namespace Juurru.Features.Search;

/// <summary>A filter of the practice list as a facet: its query parameter, its prefix in the index and the chosen value.</summary>
public sealed record FacetFilter(string Name, string Prefix, string? Selected)
{
    public string? Token => Selected is null ? null : Prefix + Selected;

    public static IReadOnlyList<FacetFilter> From(PracticeFilter f) =>
    [
        new("network", Facets.Network, Blank(f.Network)),
        new("theme", Facets.Theme, f.Theme?.ToString()),
        new("subtheme", Facets.Theme, f.Subtheme?.ToString()),
        new("kind", Facets.Kind, f.Kind?.ToString()),
        new("project", Facets.Project, f.Project?.ToString()),
        new("organisation", Facets.Organisation, f.Organisation?.ToString()),
        new("targetGroup", Facets.TargetGroup, f.TargetGroup?.ToString()),
        new("keyword", Facets.Keyword, f.Keyword?.ToString()),
        new("region", Facets.Region, Blank(f.Region)),
        new("year", Facets.Year, f.Year?.ToString()),
        new("language", Facets.Language, Blank(f.Language)),
    ];

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>
/// Filters hits by the chosen facet values and counts every facet's values. A facet's counts ignore its own
/// filter but honour all others, so each count says how many results choosing that value would give.
/// </summary>
public sealed class FacetCounts
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = new(StringComparer.Ordinal);

    /// <summary>Facet name → value (without prefix) → number of results.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts => _counts;

    public int Count(string facet, string value) =>
        _counts.TryGetValue(facet, out var values) && values.TryGetValue(value, out var n) ? n : 0;

    public static (List<SearchHit> Results, FacetCounts Counts) Apply(IReadOnlyList<SearchHit> hits, IReadOnlyList<FacetFilter> filters)
    {
        var counts = new FacetCounts();
        foreach (var f in filters) counts._counts[f.Name] = new Dictionary<string, int>(StringComparer.Ordinal);
        var results = new List<SearchHit>();
        var byPrefix = filters.GroupBy(f => f.Prefix).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var tokens = hit.Facets.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            FacetFilter? failed = null;
            var failures = 0;
            foreach (var f in filters)
            {
                if (f.Token is { } token && Array.IndexOf(tokens, token) < 0)
                {
                    failed = f;
                    if (++failures > 1) break;
                }
            }
            if (failures > 1) continue;
            if (failures == 0) results.Add(hit);
            foreach (var token in tokens)
            {
                if (token.Length < 3 || !byPrefix.TryGetValue(token[..2], out var facets)) continue;
                foreach (var f in facets)
                {
                    if (failed is not null && !ReferenceEquals(f, failed)) continue;
                    var values = counts._counts[f.Name];
                    var value = token[2..];
                    values[value] = values.GetValueOrDefault(value) + 1;
                }
            }
        }
        return (results, counts);
    }
}
