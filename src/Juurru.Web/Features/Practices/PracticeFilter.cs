using Juurru.Data;

using Microsoft.AspNetCore.Mvc;

namespace Juurru.Features.Practices;

public enum PracticeSort
{
    /// <summary>Best match first; the default when there are search words.</summary>
    Relevance,
    Newest,
    Title,
}

/// <summary>
/// The practice list's filters, read from the query string by both the list page and the API,
/// so that every filtered list has a shareable address.
/// </summary>
public sealed class PracticeFilter
{
    public const int MaxPageSize = 100;

    /// <summary>Network slug, e.g. sujuvat-siirtymat.</summary>
    [FromQuery(Name = "network")]
    public string? Network { get; set; }
    [FromQuery(Name = "theme")]
    public int? Theme { get; set; }
    [FromQuery(Name = "subtheme")]
    public int? Subtheme { get; set; }
    [FromQuery(Name = "kind")]
    public PracticeKind? Kind { get; set; }
    [FromQuery(Name = "project")]
    public int? Project { get; set; }
    [FromQuery(Name = "organisation")]
    public int? Organisation { get; set; }
    [FromQuery(Name = "targetGroup")]
    public int? TargetGroup { get; set; }
    [FromQuery(Name = "keyword")]
    public int? Keyword { get; set; }

    /// <summary>Region code, e.g. MK17.</summary>
    [FromQuery(Name = "region")]
    public string? Region { get; set; }
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    /// <summary>Content language: fi, sv or en.</summary>
    [FromQuery(Name = "language")]
    public string? Language { get; set; }

    /// <summary>The network's evaluation decision: Model, GoodPractice or NeedsWork.</summary>
    [FromQuery(Name = "decision")]
    public Evaluation.EvaluationDecision? Decision { get; set; }

    /// <summary>Whether it is still in use: InUse, TryingOut or Stopped (from the organisations' adoptions and follow-ups).</summary>
    [FromQuery(Name = "rooting")]
    public Rooting.RootingStatus? Rooting { get; set; }

    /// <summary>Search words (Finnish search: every word must match in some form); "quoted phrase", prefix*.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; set; }
    [FromQuery(Name = "sort")]
    public PracticeSort? Sort { get; set; }
    [FromQuery(Name = "page")]
    public int? Page { get; set; }
    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; set; }

    /// <summary>A cursor instead of a page: the id of the last practice received; the page starts after it.</summary>
    [FromQuery(Name = "after")]
    public int? After { get; set; }

    public int PageNumber => Math.Max(1, Page ?? 1);
    public int Size => Math.Clamp(PageSize ?? 20, 1, MaxPageSize);

    public bool IsEmpty => Network is null && Theme is null && Subtheme is null && Kind is null && Project is null
        && Organisation is null && TargetGroup is null && Keyword is null && Region is null && Year is null
        && Language is null && Decision is null && Rooting is null && string.IsNullOrWhiteSpace(Q);

    /// <summary>The filter as query-string values, optionally with one value replaced or removed (null).</summary>
    public Dictionary<string, string> ToQuery(string? replaceKey = null, string? replaceValue = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["network"] = Network, ["theme"] = Theme?.ToString(), ["subtheme"] = Subtheme?.ToString(),
            ["kind"] = Kind?.ToString(), ["project"] = Project?.ToString(), ["organisation"] = Organisation?.ToString(),
            ["targetGroup"] = TargetGroup?.ToString(), ["keyword"] = Keyword?.ToString(), ["region"] = Region,
            ["year"] = Year?.ToString(), ["language"] = Language, ["decision"] = Decision?.ToString(), ["rooting"] = Rooting?.ToString(), ["q"] = Q, ["sort"] = Sort?.ToString(),
            ["pageSize"] = PageSize?.ToString(),
        };
        if (replaceKey is not null) values[replaceKey] = replaceValue;
        return values.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value!);
    }
}

/// <summary>The structured filters as a database query, for lists that need no words (an organisation's practices).</summary>
public static class PracticeFiltering
{
    public static IQueryable<Practice> Filter(this IQueryable<Practice> q, PracticeFilter f)
    {
        if (!string.IsNullOrWhiteSpace(f.Network)) q = q.Where(p => p.Network!.Slug == f.Network);
        if (f.Theme is { } theme) q = q.Where(p => p.Themes.Any(t => t.Id == theme));
        if (f.Subtheme is { } subtheme) q = q.Where(p => p.Themes.Any(t => t.Id == subtheme));
        if (f.Kind is { } kind) q = q.Where(p => p.Kind == kind);
        if (f.Project is { } project) q = q.Where(p => p.Projects.Any(x => x.Id == project));
        if (f.Organisation is { } organisation)
            q = q.Where(p => p.Organisations.Any(o => o.Id == organisation)
                             || p.Projects.Any(x => x.LeadOrganisationId == organisation));
        if (f.TargetGroup is { } group) q = q.Where(p => p.TargetGroups.Any(t => t.Id == group));
        if (f.Keyword is { } keyword) q = q.Where(p => p.Keywords.Any(k => k.Id == keyword));
        if (!string.IsNullOrWhiteSpace(f.Region)) q = q.Where(p => p.Regions.Any(r => r.Code == f.Region));
        if (f.Year is { } year) q = q.Where(p => p.Year == year);
        if (!string.IsNullOrWhiteSpace(f.Language)) q = q.Where(p => p.Language == f.Language);
        if (f.Decision is { } decision) q = q.Where(p => p.Decision == decision);
        if (f.Rooting is { } rooting) q = q.Where(p => p.Rooting == rooting);
        return q;
    }

    public static IQueryable<Practice> Sorted(this IQueryable<Practice> q, PracticeSort? sort) => sort switch
    {
        PracticeSort.Title => q.OrderBy(p => p.SortKey).ThenBy(p => p.Id),
        _ => q.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id),
    };
}
