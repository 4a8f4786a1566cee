using Juurru.Data;
using Juurru.Features.Organisations;
using Juurru.Features.Projects;
using Juurru.Features.Search;
using Juurru.Features.Surveys.Reports;
using Juurru.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Statistics;

/// <summary>One chart and table: how many of <see cref="Total"/> fall in each group (a practice may be in several themes
/// or regions, so the groups may add up to more).</summary>
public sealed record Breakdown(string Id, string Title, int Total, IReadOnlyList<ValueCount> Groups);

public sealed record StatisticsFigures(
    int Practices, int Projects, int Organisations,
    IReadOnlyList<Breakdown> PracticeBreakdowns, IReadOnlyList<Breakdown> ProjectBreakdowns, IReadOnlyList<Breakdown> OrganisationBreakdowns)
{
    public IEnumerable<Breakdown> All => PracticeBreakdowns.Concat(ProjectBreakdowns).Concat(OrganisationBreakdowns);
}

/// <summary>
/// The figures of the statistics page. Practices are counted from the search index's facets, which every search keeps in
/// memory (<see cref="FacetTable"/>), so that 100,000 practices are counted without reading them; projects and
/// organisations, a few thousand at most, are read with the fields counted.
/// </summary>
public sealed class NetworkStatistics(JuurruDbContext db, FacetTable facets, IStringLocalizer<SharedResource> L, TimeProvider clock)
{
    public async Task<StatisticsFigures> LoadAsync(StatisticsFilter filter, CancellationToken ct)
    {
        var culture = Cultures.Current;
        var regions = (await db.Regions.AsNoTracking().ToListAsync(ct)).ToDictionary(r => r.Code, r => r.NameIn(culture));
        var themes = await db.Themes.AsNoTracking()
            .Where(t => filter.Network == null || t.Network!.Slug == filter.Network)
            .OrderBy(t => t.Network!.SortKey).ThenBy(t => t.SortOrder)
            .Select(t => new { t.Id, t.Code, t.Name, t.ParentId, Network = t.Network!.Name }).ToListAsync(ct);
        // Across networks, a theme is named with its network: each network numbers its own.
        var themeLabels = themes.Where(t => t.ParentId == filter.Theme)
            .Select(t => (t.Id, filter.Network is null ? $"{t.Network}: {Networks.Theme.LabelOf(t.Code, t.Name)}" : Networks.Theme.LabelOf(t.Code, t.Name))).ToList();
        var (practiceCount, practices) = await PracticesAsync(filter, regions, themeLabels, ct);
        var (projectCount, projects, organisationIds) = await ProjectsAsync(filter, regions, ct);
        var (organisationCount, organisations) = await OrganisationsAsync(filter, organisationIds, regions, ct);
        return new StatisticsFigures(practiceCount, projectCount, organisationCount, practices, projects, organisations);
    }

    private async Task<(int, IReadOnlyList<Breakdown>)> PracticesAsync(StatisticsFilter filter, Dictionary<string, string> regions,
        List<(int Id, string Label)> themes, CancellationToken ct)
    {
        var snapshot = await facets.SnapshotAsync(db, SearchKind.Practice, ct);
        var tokens = snapshot.Tokens;
        var network = filter.Network is { } n ? snapshot.Id(Facets.Network + n) : (int?)null;
        var theme = filter.Theme is { } t ? snapshot.Id(Facets.Theme + t) : (int?)null;
        var region = string.IsNullOrWhiteSpace(filter.Region) ? (int?)null : snapshot.Id(Facets.Region + filter.Region);
        var years = tokens.Select(s => s.StartsWith(Facets.Year, StringComparison.Ordinal) && int.TryParse(s.AsSpan(Facets.Year.Length), out var y) ? y : (int?)null).ToArray();
        var tally = new int[tokens.Count];
        var published = new Dictionary<int, int>();
        var total = 0;
        foreach (var entry in snapshot.Entries.Values)
        {
            var f = entry.Facets;
            if (network is { } nid && Array.IndexOf(f, nid) < 0 || theme is { } tid && Array.IndexOf(f, tid) < 0
                || region is { } rid && Array.IndexOf(f, rid) < 0) continue;
            if (!filter.InYears(f.Select(id => years[id]).FirstOrDefault(y => y is not null))) continue;
            total++;
            foreach (var id in f) tally[id]++;
            published[entry.SortDate.Year] = published.GetValueOrDefault(entry.SortDate.Year) + 1;
        }
        int Count(string token) => snapshot.Id(token) is var id and >= 0 ? tally[id] : 0;
        IEnumerable<(string Value, int Count)> WithPrefix(string prefix) => tokens.Select((s, i) => (s, i))
            .Where(x => x.s.StartsWith(prefix, StringComparison.Ordinal) && tally[x.i] > 0).Select(x => (x.s[prefix.Length..], tally[x.i]));

        var decided = WithPrefix(Facets.Decision).ToDictionary(x => x.Value, x => x.Count);
        var rooted = WithPrefix(Facets.Rooting).ToDictionary(x => x.Value, x => x.Count);
        var growth = new List<ValueCount>();
        var sum = 0;
        foreach (var (year, count) in published.OrderBy(p => p.Key))
        {
            sum += count;
            growth.Add(new ValueCount(year.ToString(), year.ToString(), sum, total));
        }
        return (total,
        [
            new("practice-themes", filter.Theme is null ? L["Practices by theme"] : L["Practices by subtheme"], total,
                themes.Select(x => new ValueCount(x.Id.ToString(), x.Label, Count(Facets.Theme + x.Id), total)).Where(v => v.Count > 0).ToList()),
            new("practice-kinds", L["Practices by kind"], total,
                [new("Model", L["Models"], Count(Facets.Kind + "Model"), total), new("GoodPractice", L["Good practices"], Count(Facets.Kind + "GoodPractice"), total)]),
            new("practice-decisions", L["Practices by evaluation decision"], total,
                [
                    new("Model", L["Evaluated: model"], decided.GetValueOrDefault("Model"), total),
                    new("GoodPractice", L["Evaluated: good practice"], decided.GetValueOrDefault("GoodPractice"), total),
                    new("NeedsWork", L["Evaluated: needs work"], decided.GetValueOrDefault("NeedsWork"), total),
                    new("", L["Not evaluated"], total - decided.Values.Sum(), total),
                ]),
            new("practice-rooting", L["Practices by whether they are still in use"], total,
                [
                    new("InUse", L["In use"], rooted.GetValueOrDefault("InUse"), total),
                    new("TryingOut", L["Being tried out"], rooted.GetValueOrDefault("TryingOut"), total),
                    new("Stopped", L["No longer in use"], rooted.GetValueOrDefault("Stopped"), total),
                    new("", L["Not known"], total - rooted.Values.Sum(), total),
                ]),
            new("practice-years", L["Practices by year"], total,
                WithPrefix(Facets.Year).OrderBy(x => x.Value, StringComparer.Ordinal).Select(x => new ValueCount(x.Value, x.Value, x.Count, total)).ToList()),
            new("practice-regions", L["Practices by region"], total,
                WithPrefix(Facets.Region).OrderBy(x => x.Value, StringComparer.Ordinal)
                    .Select(x => new ValueCount(x.Value, regions.GetValueOrDefault(x.Value, x.Value), x.Count, total)).ToList()),
            new("practice-growth", L["Published practices over time (cumulative)"], total, growth),
        ]);
    }

    private async Task<(int, IReadOnlyList<Breakdown>, HashSet<int>)> ProjectsAsync(StatisticsFilter filter, Dictionary<string, string> regions, CancellationToken ct)
    {
        var query = db.Projects.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Network)) query = query.Where(p => p.Network!.Slug == filter.Network);
        if (filter.Theme is { } theme) query = query.Where(p => p.Themes.Any(t => t.Id == theme || t.ParentId == theme));
        if (!string.IsNullOrWhiteSpace(filter.Region)) query = query.Where(p => p.Regions.Any(r => r.Code == filter.Region));
        var rows = (await query.AsSplitQuery()
                .Select(p => new
                {
                    p.StartDate, p.EndDate, p.Scope, p.Funder, p.LeadOrganisationId,
                    Regions = p.Regions.Select(r => r.Code).ToList(),
                    Partners = p.Partners.Select(x => x.OrganisationId).ToList(),
                })
                .ToListAsync(ct))
            .Where(p => filter.Overlaps(p.StartDate, p.EndDate)).ToList();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var total = rows.Count;
        List<ValueCount> Groups<TKey>(IEnumerable<TKey> keys, Func<TKey, string> value, Func<TKey, string> label) =>
            keys.GroupBy(k => k).Select(g => new ValueCount(value(g.Key), label(g.Key), g.Count(), total)).ToList();
        var organisations = rows.SelectMany(p => p.Partners.Append(p.LeadOrganisationId ?? 0)).Where(id => id > 0).ToHashSet();
        return (total,
        [
            new("project-status", L["Projects by status"], total,
                Groups(rows.Select(p => Project.StatusFor(p.StartDate, p.EndDate, today)).OrderBy(s => s), s => s.ToString(), s => L[StatusLabel(s)])),
            new("project-scope", L["Projects by scope"], total,
                Groups(rows.Select(p => p.Scope).OrderBy(s => s is null).ThenBy(s => s), s => s?.ToString() ?? "",
                    s => L[s switch { ProjectScope.National => "National", ProjectScope.Regional => "Regional", _ => "Not known" }])),
            new("project-funders", L["Projects by funder"], total,
                Groups(rows.Select(p => string.IsNullOrWhiteSpace(p.Funder) ? "" : p.Funder.Trim()).OrderBy(f => f == "").ThenBy(f => f, StringComparer.CurrentCulture),
                    f => f, f => f == "" ? L["Not known"] : f)),
            new("project-end-years", L["Projects by the year they end"], total,
                Groups(rows.Select(p => p.EndDate?.Year).OrderBy(y => y is null).ThenBy(y => y), y => y?.ToString() ?? "", y => y?.ToString() ?? L["Not known"])),
            new("project-regions", L["Projects by region"], total,
                Groups(rows.SelectMany(p => p.Regions).OrderBy(c => c, StringComparer.Ordinal), c => c, c => regions.GetValueOrDefault(c, c))),
        ], organisations);
    }

    /// <summary>Organisations: in the national view without filters all of them, otherwise those leading or partnering in the projects counted.</summary>
    private async Task<(int, IReadOnlyList<Breakdown>)> OrganisationsAsync(StatisticsFilter filter, HashSet<int> inProjects,
        Dictionary<string, string> regions, CancellationToken ct)
    {
        var everyone = filter.Network is null && filter.Theme is null && filter.Region is null && filter.From is null && filter.To is null;
        var ids = inProjects.ToArray();
        var rows = await db.Organisations.AsNoTracking()
            .Where(o => everyone || EF.Parameter(ids).Contains(o.Id))
            .Select(o => new { o.Type, Region = o.Region!.Code })
            .ToListAsync(ct);
        var total = rows.Count;
        return (total,
        [
            new("organisation-types", L["Organisations by type"], total,
                rows.GroupBy(o => o.Type).OrderBy(g => g.Key).Select(g => new ValueCount(g.Key.ToString(), L[OrganisationLabels.Type(g.Key)], g.Count(), total)).ToList()),
            new("organisation-regions", L["Organisations by region"], total,
                rows.GroupBy(o => o.Region ?? "").OrderBy(g => g.Key == "").ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new ValueCount(g.Key, g.Key == "" ? L["Not known"] : regions.GetValueOrDefault(g.Key, g.Key), g.Count(), total)).ToList()),
        ]);
    }

    public static string StatusLabel(ProjectStatus status) => status switch
    {
        ProjectStatus.Ongoing => "Ongoing",
        ProjectStatus.Ended => "Ended",
        ProjectStatus.Planned => "Starting later",
        _ => "Dates not known",
    };
}
