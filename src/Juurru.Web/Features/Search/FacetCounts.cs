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
        new("decision", Facets.Decision, f.Decision?.ToString()),
        new("rooting", Facets.Rooting, f.Rooting?.ToString()),
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

    public static FacetCounts Empty(IReadOnlyList<FacetFilter> filters)
    {
        var counts = new FacetCounts();
        foreach (var f in filters) counts._counts[f.Name] = [];
        return counts;
    }

    public static (List<SearchHit> Results, FacetCounts Counts) Apply(IReadOnlyList<SearchHit> hits, IReadOnlyList<FacetFilter> filters, FacetSnapshot snapshot)
    {
        var tokens = snapshot.Tokens;
        var owners = snapshot.Owners(filters.Select(f => f.Prefix).ToArray());
        var chosen = filters.Select(f => f.Token is { } token ? snapshot.Id(token) : (int?)null).ToArray();
        var raw = filters.Select(_ => new int[tokens.Count]).ToArray();
        var results = new List<SearchHit>();
        foreach (var hit in hits)
        {
            var facets = hit.Entry.Facets;
            var failed = -1;
            var failures = 0;
            for (var f = 0; f < chosen.Length && failures < 2; f++)
            {
                if (chosen[f] is { } id && Array.IndexOf(facets, id) < 0)
                {
                    failed = f;
                    failures++;
                }
            }
            if (failures > 1) continue;
            if (failures == 0) results.Add(hit);
            foreach (var token in facets)
            {
                foreach (var f in owners[token])
                {
                    if (failed < 0 || f == failed) raw[f][token]++;
                }
            }
        }
        var counts = new FacetCounts();
        for (var f = 0; f < filters.Count; f++)
        {
            var values = counts._counts[filters[f].Name] = new Dictionary<string, int>(StringComparer.Ordinal);
            var prefix = filters[f].Prefix.Length;
            for (var t = 0; t < tokens.Count; t++)
            {
                if (raw[f][t] > 0) values[tokens[t][prefix..]] = raw[f][t];
            }
        }
        return (results, counts);
    }
}
