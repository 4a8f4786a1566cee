using Juurru.Data;
using Juurru.Localization;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Practices;

/// <summary>The choices offered by the practice list's filter form, drawn from published practices.</summary>
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
    public static async Task<FilterOptions> LoadAsync(JuurruDbContext db, CancellationToken ct)
    {
        var published = db.Practices.AsNoTracking().Where(p => p.Status == PracticeStatus.Published);
        var networks = await db.Networks.AsNoTracking().OrderBy(n => n.SortKey).Select(n => new Option<string>(n.Slug, n.Name)).ToListAsync(ct);
        var themes = await db.Themes.AsNoTracking()
            .OrderBy(t => t.Network!.SortKey).ThenBy(t => t.SortOrder)
            .Select(t => new ThemeOption(t.Id, t.Code, t.Name, t.ParentId, t.Network!.Name))
            .ToListAsync(ct);
        var projects = await db.Projects.AsNoTracking()
            .Where(x => published.Any(p => p.Projects.Any(y => y.Id == x.Id)))
            .OrderBy(x => x.SortKey).Select(x => new Option<int>(x.Id, x.Name)).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => published.Any(p => p.Organisations.Any(y => y.Id == o.Id) || p.Projects.Any(x => x.LeadOrganisationId == o.Id)))
            .OrderBy(o => o.SortKey).Select(o => new Option<int>(o.Id, o.Name)).ToListAsync(ct);
        var targetGroups = await db.TargetGroups.AsNoTracking()
            .Where(t => published.Any(p => p.TargetGroups.Any(y => y.Id == t.Id)))
            .Select(t => new Option<int>(t.Id, t.Name)).ToListAsync(ct);
        var keywords = await db.Keywords.AsNoTracking()
            .Where(t => published.Any(p => p.Keywords.Any(y => y.Id == t.Id)))
            .Select(t => new Option<int>(t.Id, t.Name)).ToListAsync(ct);
        var culture = Cultures.Current;
        var regions = (await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(ct))
            .Select(r => new Option<string>(r.Code, r.NameIn(culture))).ToList();
        var years = await published.Where(p => p.Year != null).Select(p => p.Year!.Value).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var languages = await published.Select(p => p.Language).Distinct().OrderBy(l => l).ToListAsync(ct);
        return new FilterOptions(networks, themes, projects, organisations,
            targetGroups.OrderBy(t => t.Name, StringComparer.Create(new System.Globalization.CultureInfo("fi"), true)).ToList(),
            keywords.OrderBy(t => t.Name, StringComparer.Create(new System.Globalization.CultureInfo("fi"), true)).ToList(),
            regions, years, languages);
    }
}

public sealed record Option<T>(T Value, string Name);
public sealed record ThemeOption(int Id, string Code, string Name, int? ParentId, string Network)
{
    public string Label => string.IsNullOrEmpty(Code) ? Name : $"{Code}. {Name}";
}
