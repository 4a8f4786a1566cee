using Juurru.Data;
using Juurru.Features.Practices;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.OpenData;

/// <summary>One published practice as a row of the method bank's download.</summary>
public sealed record PracticeRecord(
    int Id, string Network, string Kind, string Title, string Language, int? Year, string? CollectionPeriod,
    string Summary, string GoalAndTargetGroup, string ContentAndActions, string StaffInduction, string Marketing,
    string Materials, string Resources, string ResultsAndIndicators,
    IReadOnlyList<string> Themes, IReadOnlyList<string> Keywords, IReadOnlyList<string> TargetGroups, IReadOnlyList<string> Regions,
    IReadOnlyList<string> Organisations, IReadOnlyList<string> Projects, IReadOnlyList<string> Links,
    string? Decision, DateTime? DecidedAt, string Rooting, int RootingOrganisations, int? ModelId,
    DateTime? PublishedAt, DateTime UpdatedAt, string Licence);

/// <summary>
/// The published practices as open data: the column set (stable; documented in docs/OPEN-DATA.md, only ever added to
/// at the end) and the rows, read in batches so that any number of practices streams in constant memory. Contact
/// persons are left out: a whole-bank file is not the place to hand out people's addresses in bulk.
/// </summary>
public static class PracticeExport
{
    public static IReadOnlyList<ExportColumn<PracticeRecord>> Columns(Func<int, string, string> url) =>
    [
        new("id", p => p.Id),
        new("url", p => url(p.Id, p.Title)),
        new("network", p => p.Network),
        new("kind", p => p.Kind),
        new("title", p => p.Title),
        new("language", p => p.Language),
        new("year", p => p.Year),
        new("collectionPeriod", p => p.CollectionPeriod),
        new("summary", p => p.Summary),
        new("goalAndTargetGroup", p => p.GoalAndTargetGroup),
        new("contentAndActions", p => p.ContentAndActions),
        new("staffInduction", p => p.StaffInduction),
        new("marketing", p => p.Marketing),
        new("materials", p => p.Materials),
        new("resources", p => p.Resources),
        new("resultsAndIndicators", p => p.ResultsAndIndicators),
        new("themes", p => p.Themes),
        new("keywords", p => p.Keywords),
        new("targetGroups", p => p.TargetGroups),
        new("regions", p => p.Regions),
        new("organisations", p => p.Organisations),
        new("projects", p => p.Projects),
        new("links", p => p.Links),
        new("decision", p => p.Decision),
        new("decidedAt", p => p.DecidedAt),
        new("rooting", p => p.Rooting),
        new("rootingOrganisations", p => p.RootingOrganisations),
        new("modelId", p => p.ModelId),
        new("publishedAt", p => p.PublishedAt),
        new("updatedAt", p => p.UpdatedAt),
        new("licence", p => OpenLicence.For(p.Licence).Url),
    ];

    /// <summary>The practices of <paramref name="ids"/> in that order (those still published), a batch at a time.</summary>
    public static IAsyncEnumerable<PracticeRecord> RowsAsync(JuurruDbContext db, IReadOnlyList<int> ids, CancellationToken ct) =>
        ExportBatches.InOrderAsync(ids, batch => LoadAsync(db, batch, ct), r => r.Id);

    private static async Task<List<PracticeRecord>> LoadAsync(JuurruDbContext db, int[] ids, CancellationToken ct)
    {
        var rows = await db.Practices.AsNoTracking().AsSplitQuery()
            // The ids as one array parameter: the same SQL for every batch, prepared once. As a list EF writes one
            // parameter per id and builds the SQL anew for each batch: ten times slower (bench/export.sh).
            .Where(p => EF.Parameter(ids).Contains(p.Id) && p.Status == PracticeStatus.Published)
            .Select(p => new
            {
                p.Id, Network = p.Network!.Slug, Licence = p.Network.Licence, p.Kind, p.Title, p.Language, p.Year, p.CollectionPeriod,
                p.Summary, p.GoalAndTargetGroup, p.ContentAndActions, p.StaffInduction, p.Marketing, p.Materials, p.Resources, p.ResultsAndIndicators,
                Themes = p.Themes.OrderBy(t => t.ParentId != null).ThenBy(t => t.SortOrder).Select(t => new { t.Code, t.Name }).ToList(),
                Keywords = p.Keywords.OrderBy(k => k.NormalizedName).Select(k => k.Name).ToList(),
                TargetGroups = p.TargetGroups.OrderBy(t => t.NormalizedName).Select(t => t.Name).ToList(),
                Regions = p.Regions.OrderBy(r => r.Code).Select(r => r.Code).ToList(),
                Organisations = p.Organisations.OrderBy(o => o.SortKey).Select(o => o.Name).ToList(),
                Projects = p.Projects.OrderBy(x => x.SortKey).Select(x => x.Name).ToList(),
                p.Links, p.Decision, p.DecidedAt, p.Rooting, p.RootingOrganisations, p.ModelId, p.PublishedAt, p.UpdatedAt,
            })
            .ToListAsync(ct);
        return rows.Select(p => new PracticeRecord(
            p.Id, p.Network, p.Kind.ToString(), p.Title, p.Language, p.Year, p.CollectionPeriod,
            p.Summary, p.GoalAndTargetGroup, p.ContentAndActions, p.StaffInduction, p.Marketing, p.Materials, p.Resources, p.ResultsAndIndicators,
            p.Themes.Select(t => Networks.Theme.LabelOf(t.Code, t.Name)).ToList(),
            p.Keywords, p.TargetGroups, p.Regions, p.Organisations, p.Projects, p.Links.Select(l => l.Url).ToList(),
            p.Decision?.ToString(), p.DecidedAt, p.Rooting.ToString(), p.RootingOrganisations, p.ModelId,
            p.PublishedAt, p.UpdatedAt, p.Licence)).ToList();
    }
}
