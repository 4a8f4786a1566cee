using Juurru.Data;

using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Projects;

public sealed class ProjectFilter
{
    /// <summary>Network slug.</summary>
    [FromQuery(Name = "network")]
    public string? Network { get; set; }
    [FromQuery(Name = "theme")]
    public int? Theme { get; set; }
    [FromQuery(Name = "scope")]
    public ProjectScope? Scope { get; set; }
    [FromQuery(Name = "organisation")]
    public int? Organisation { get; set; }
    [FromQuery(Name = "status")]
    public ProjectStatus? Status { get; set; }
    [FromQuery(Name = "region")]
    public string? Region { get; set; }
    [FromQuery(Name = "q")]
    public string? Q { get; set; }
    [FromQuery(Name = "page")]
    public int? Page { get; set; }
    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; set; }

    /// <summary>A cursor instead of a page: the id of the last project received; the page starts after it.</summary>
    [FromQuery(Name = "after")]
    public int? After { get; set; }

    public int PageNumber => Math.Max(1, Page ?? 1);
    public int Size => Math.Clamp(PageSize ?? 50, 1, 200);

    /// <summary>The filters as query-string values (without paging).</summary>
    public Dictionary<string, string> ToQuery() => new Dictionary<string, string?>
    {
        ["network"] = Network, ["theme"] = Theme?.ToString(), ["scope"] = Scope?.ToString(), ["organisation"] = Organisation?.ToString(),
        ["status"] = Status?.ToString(), ["region"] = Region, ["q"] = Q,
    }.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value!);
}

public static class ProjectFiltering
{
    /// <summary>The filters as a query; <paramref name="matching"/> are the projects the search found for the words, when there are words.</summary>
    public static IQueryable<Project> Filter(this IQueryable<Project> q, ProjectFilter f, DateOnly today, IReadOnlyList<int>? matching)
    {
        if (!string.IsNullOrWhiteSpace(f.Network)) q = q.Where(p => p.Network!.Slug == f.Network);
        if (f.Theme is { } theme) q = q.Where(p => p.Themes.Any(t => t.Id == theme));
        if (f.Scope is { } scope) q = q.Where(p => p.Scope == scope);
        if (f.Organisation is { } org)
            q = q.Where(p => p.LeadOrganisationId == org || p.Partners.Any(x => x.OrganisationId == org));
        if (!string.IsNullOrWhiteSpace(f.Region)) q = q.Where(p => p.Regions.Any(r => r.Code == f.Region));
        q = f.Status switch
        {
            ProjectStatus.Planned => q.Where(p => p.StartDate > today),
            ProjectStatus.Ended => q.Where(p => p.EndDate < today),
            ProjectStatus.Ongoing => q.Where(p => (p.StartDate != null || p.EndDate != null)
                                                  && (p.StartDate == null || p.StartDate <= today)
                                                  && (p.EndDate == null || p.EndDate >= today)),
            ProjectStatus.Unknown => q.Where(p => p.StartDate == null && p.EndDate == null),
            _ => q,
        };
        if (matching is not null)
        {
            var ids = matching.ToArray();
            q = q.Where(p => ids.Contains(p.Id));
        }
        return q;
    }

    /// <summary>
    /// Ids of every project the filter selects in the registry's order: by name, or with words best match first.
    /// </summary>
    public static async Task<List<int>> MatchingIdsAsync(this JuurruDbContext db, Search.PracticeSearch search, ProjectFilter filter,
        DateOnly today, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(filter.Q))
            return await db.Projects.Filter(filter, today, null).OrderBy(p => p.SortKey).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        var ranked = (await search.MatchProjectsAsync(db, filter.Q, ct)).Ids;
        var filtered = (await db.Projects.Filter(filter, today, ranked).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        return ranked.Where(filtered.Contains).ToList();
    }
}
