using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.OpenData;

/// <summary>One project of the registry as a row of its download.</summary>
public sealed record ProjectRecord(
    int Id, string Network, string Name, string? Acronym, string? Code, DateOnly? StartDate, DateOnly? EndDate, string Status,
    string? Funder, string? FundingProgramme, string? DecisionNumber, decimal? GrantEuros, decimal? SelfFinancingPercent,
    string? LeadOrganisation, string? LeadOrganisationBusinessId, IReadOnlyList<string> Partners, int? ParentProjectId, bool IsCoordination,
    string? Scope, IReadOnlyList<string> Regions, IReadOnlyList<string> TargetGroups, IReadOnlyList<string> Themes,
    string Description, string Goals, string Actions, string NetworksAndPartners, string Results, IReadOnlyList<string> Links,
    int PublishedPractices, DateTime UpdatedAt, string Licence);

/// <summary>
/// The project registry as open data, like <see cref="PracticeExport"/>: a stable column set and rows read in batches.
/// Contact persons and the team text (people's names and roles) are left out.
/// </summary>
public static class ProjectExport
{
    public static IReadOnlyList<ExportColumn<ProjectRecord>> Columns(Func<int, string, string> url) =>
    [
        new("id", p => p.Id),
        new("url", p => url(p.Id, p.Name)),
        new("network", p => p.Network),
        new("name", p => p.Name),
        new("acronym", p => p.Acronym),
        new("code", p => p.Code),
        new("startDate", p => p.StartDate),
        new("endDate", p => p.EndDate),
        new("status", p => p.Status),
        new("funder", p => p.Funder),
        new("fundingProgramme", p => p.FundingProgramme),
        new("decisionNumber", p => p.DecisionNumber),
        new("grantEuros", p => p.GrantEuros),
        new("selfFinancingPercent", p => p.SelfFinancingPercent),
        new("leadOrganisation", p => p.LeadOrganisation),
        new("leadOrganisationBusinessId", p => p.LeadOrganisationBusinessId),
        new("partners", p => p.Partners),
        new("parentProjectId", p => p.ParentProjectId),
        new("isCoordination", p => p.IsCoordination),
        new("scope", p => p.Scope),
        new("regions", p => p.Regions),
        new("targetGroups", p => p.TargetGroups),
        new("themes", p => p.Themes),
        new("description", p => p.Description),
        new("goals", p => p.Goals),
        new("actions", p => p.Actions),
        new("networksAndPartners", p => p.NetworksAndPartners),
        new("results", p => p.Results),
        new("links", p => p.Links),
        new("publishedPractices", p => p.PublishedPractices),
        new("updatedAt", p => p.UpdatedAt),
        new("licence", p => OpenLicence.For(p.Licence).Url),
    ];

    /// <summary>The projects of <paramref name="ids"/> in that order, a batch at a time; the status as of <paramref name="today"/>.</summary>
    public static IAsyncEnumerable<ProjectRecord> RowsAsync(JuurruDbContext db, IReadOnlyList<int> ids, DateOnly today, CancellationToken ct) =>
        ExportBatches.InOrderAsync(ids, batch => LoadAsync(db, batch, today, ct), r => r.Id);

    private static async Task<List<ProjectRecord>> LoadAsync(JuurruDbContext db, int[] ids, DateOnly today, CancellationToken ct)
    {
        var rows = await db.Projects.AsNoTracking().AsSplitQuery()
            // The ids as one array parameter: the same SQL for every batch, prepared once. As a list EF writes one
            // parameter per id and builds the SQL anew for each batch: ten times slower (bench/export.sh).
            .Where(p => EF.Parameter(ids).Contains(p.Id))
            .Select(p => new
            {
                p.Id, Network = p.Network!.Slug, Licence = p.Network.Licence, p.Name, p.Acronym, p.Code, p.StartDate, p.EndDate,
                p.Funder, p.FundingProgramme, p.DecisionNumber, p.GrantEuros, p.SelfFinancingPercent,
                LeadOrganisation = p.LeadOrganisation!.Name, LeadOrganisationBusinessId = p.LeadOrganisation.BusinessId,
                Partners = p.Partners.OrderBy(x => x.Organisation!.SortKey).Select(x => x.Organisation!.Name).ToList(),
                p.ParentProjectId, p.IsCoordination, p.Scope,
                Regions = p.Regions.OrderBy(r => r.Code).Select(r => r.Code).ToList(),
                TargetGroups = p.TargetGroups.OrderBy(t => t.NormalizedName).Select(t => t.Name).ToList(),
                Themes = p.Themes.OrderBy(t => t.ParentId != null).ThenBy(t => t.SortOrder).Select(t => new { t.Code, t.Name }).ToList(),
                p.Description, p.Goals, p.Actions, p.NetworksAndPartners, p.Results, p.Links, p.UpdatedAt,
            })
            .ToListAsync(ct);
        var published = await db.PublishedPracticeCountsAsync(ids, ct);
        return rows.Select(p => new ProjectRecord(
            p.Id, p.Network, p.Name, p.Acronym, p.Code, p.StartDate, p.EndDate, Project.StatusFor(p.StartDate, p.EndDate, today).ToString(),
            p.Funder, p.FundingProgramme, p.DecisionNumber, p.GrantEuros, p.SelfFinancingPercent,
            p.LeadOrganisation, p.LeadOrganisationBusinessId, p.Partners, p.ParentProjectId, p.IsCoordination,
            p.Scope?.ToString(), p.Regions, p.TargetGroups,
            p.Themes.Select(t => Networks.Theme.LabelOf(t.Code, t.Name)).ToList(),
            p.Description, p.Goals, p.Actions, p.NetworksAndPartners, p.Results, p.Links.Select(l => l.Url).ToList(),
            published.GetValueOrDefault(p.Id), p.UpdatedAt, p.Licence)).ToList();
    }
}
