using Juurru.Data;
using Juurru.Localization;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Practices;

/// <summary>
/// The choices offered by the practice list's filter form: the values the search's facet counts found (so a choice
/// always gives results) plus the chosen ones, with their names. Names are looked up for those ids only, which keeps
/// the page quick in a large bank.
/// </summary>
public sealed record FilterOptions(
    IReadOnlyList<Option<string>> Networks,
    IReadOnlyList<ThemeOption> Themes,
    IReadOnlyList<Option<int>> Projects,
    IReadOnlyList<Option<int>> Organisations,
    IReadOnlyList<Option<int>> TargetGroups,
    IReadOnlyList<Option<int>> Keywords,
    IReadOnlyList<Option<string>> Regions,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Languages)
{
    public static async Task<FilterOptions> LoadAsync(JuurruDbContext db, Search.FacetCounts counts, PracticeFilter filter, CancellationToken ct)
    {
        int[] Ids(string facet, int? chosen) => counts.Counts[facet].Keys.Select(k => int.TryParse(k, out var id) ? id : -1)
            .Where(id => id > 0).Concat(chosen is { } c ? [c] : []).Distinct().ToArray();
        var projectIds = Ids("project", filter.Project);
        var organisationIds = Ids("organisation", filter.Organisation);
        var targetGroupIds = Ids("targetGroup", filter.TargetGroup);
        var keywordIds = Ids("keyword", filter.Keyword);

        var networks = await db.Networks.AsNoTracking().OrderBy(n => n.SortKey).Select(n => new Option<string>(n.Slug, n.Name)).ToListAsync(ct);
        var themes = await db.Themes.AsNoTracking()
            .OrderBy(t => t.Network!.SortKey).ThenBy(t => t.SortOrder)
            .Select(t => new ThemeOption(t.Id, t.Code, t.Name, t.ParentId, t.Network!.Name))
            .ToListAsync(ct);
        var projects = await db.Projects.AsNoTracking().Where(x => projectIds.Contains(x.Id))
            .OrderBy(x => x.SortKey).Select(x => new Option<int>(x.Id, x.Name)).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .OrderBy(o => o.SortKey).Select(o => new Option<int>(o.Id, o.Name)).ToListAsync(ct);
        var targetGroups = await db.TargetGroups.AsNoTracking().Where(t => targetGroupIds.Contains(t.Id))
            .Select(t => new Option<int>(t.Id, t.Name)).ToListAsync(ct);
        var keywords = await db.Keywords.AsNoTracking().Where(k => keywordIds.Contains(k.Id))
            .Select(k => new Option<int>(k.Id, k.Name)).ToListAsync(ct);
        var culture = Cultures.Current;
        var regions = (await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(ct))
            .Select(r => new Option<string>(r.Code, r.NameIn(culture))).ToList();
        var years = counts.Counts["year"].Keys.Select(int.Parse).Concat(filter.Year is { } y ? [y] : []).Distinct().OrderDescending().ToList();
        var languages = counts.Counts["language"].Keys.Concat(filter.Language is { } l ? [l] : []).Distinct().Order(StringComparer.Ordinal).ToList();
        var finnish = StringComparer.Create(new System.Globalization.CultureInfo("fi"), true);
        return new FilterOptions(networks, themes, projects, organisations,
            targetGroups.OrderBy(t => t.Name, finnish).ToList(), keywords.OrderBy(t => t.Name, finnish).ToList(),
            regions, years, languages);
    }
}

public sealed record Option<T>(T Value, string Name);
public sealed record ThemeOption(int Id, string Code, string Name, int? ParentId, string Network)
{
    public string Label => string.IsNullOrEmpty(Code) ? Name : $"{Code}. {Name}";
}
