using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Projects;

/// <summary>A project card as the project page and GET /api/v1/projects/{id} show it, with its network's open licence.</summary>
public sealed record ProjectView(
    int Id,
    string Name,
    string? Acronym,
    string? Code,
    DateOnly? StartDate,
    DateOnly? EndDate,
    ProjectStatus Status,
    string? Funder,
    string? FundingProgramme,
    string? DecisionNumber,
    decimal? GrantEuros,
    decimal? SelfFinancingPercent,
    NamedRef Network,
    NamedRef? LeadOrganisation,
    IReadOnlyList<PartnerRef> Partners,
    NamedRef? ParentProject,
    IReadOnlyList<NamedRef> SubProjects,
    bool IsCoordination,
    ProjectScope? Scope,
    IReadOnlyList<RegionRef> Regions,
    IReadOnlyList<NamedRef> TargetGroups,
    IReadOnlyList<ThemeRef> Themes,
    string Description,
    string Goals,
    string Actions,
    string NetworksAndPartners,
    string Results,
    string Team,
    IReadOnlyList<ContactPerson> Contacts,
    IReadOnlyList<WebLink> Links,
    IReadOnlyList<PracticeCard> Practices,
    IReadOnlyList<Rooting.Indicators.IndicatorView> Indicators,
    DateTime UpdatedAt,
    string Licence)
{
    public ProjectAccess Access => new(Id, Network.Id);
}

public sealed record PartnerRef(int Id, string Name, PartnerRole Role);

/// <summary>A project as lists show it: the report appendix's columns.</summary>
public sealed record ProjectRow(int Id, string Name, string? Acronym, string? LeadOrganisation, int? LeadOrganisationId,
    DateOnly? StartDate, DateOnly? EndDate, ProjectScope? Scope, IReadOnlyList<ThemeRef> Themes, int PracticeCount);

public static class ProjectQueries
{
    /// <summary>Rows with the number of published practices of each project.</summary>
    public static async Task<List<ProjectRow>> ToRowsAsync(this IQueryable<Project> projects, JuurruDbContext db, CancellationToken ct)
    {
        var rows = await projects.AsNoTracking()
            .Select(p => new ProjectRow(p.Id, p.Name, p.Acronym, p.LeadOrganisation!.Name, p.LeadOrganisationId,
                p.StartDate, p.EndDate, p.Scope,
                p.Themes.OrderBy(t => t.SortOrder).Select(t => new ThemeRef(t.Id, t.Code, t.Name, t.ParentId)).ToList(),
                0))
            .ToListAsync(ct);
        var counts = await db.PublishedPracticeCountsAsync(rows.Select(r => r.Id).ToArray(), ct);
        return rows.Select(r => r with { PracticeCount = counts.GetValueOrDefault(r.Id) }).ToList();
    }

    /// <summary>
    /// How many published practices each of the projects has (those without any are left out). Counted from the
    /// links, each practice's status looked up by its key: a count per project, or a join, made SQLite scan the
    /// practices once per project (92 s instead of 0.7 s for 3,000 projects at 100,000 practices; docs/PERFORMANCE.md).
    /// </summary>
    public static Task<Dictionary<int, int>> PublishedPracticeCountsAsync(this JuurruDbContext db, int[] projectIds, CancellationToken ct) =>
        db.Set<Dictionary<string, object>>("PracticeProjects")
            .Where(link => EF.Parameter(projectIds).Contains(EF.Property<int>(link, "ProjectsId"))
                           && db.Practices.Any(x => x.Id == EF.Property<int>(link, "PracticeId") && x.Status == PracticeStatus.Published))
            .GroupBy(link => EF.Property<int>(link, "ProjectsId")).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    public static async Task<ProjectView?> LoadViewAsync(this JuurruDbContext db, int id, string culture, DateOnly today,
        IQueryable<Practice> visiblePractices, CancellationToken ct)
    {
        var p = await db.Projects.AsNoTracking().AsSplitQuery()
            .Include(x => x.Network)
            .Include(x => x.LeadOrganisation)
            .Include(x => x.Partners).ThenInclude(x => x.Organisation)
            .Include(x => x.ParentProject)
            .Include(x => x.SubProjects)
            .Include(x => x.Regions)
            .Include(x => x.TargetGroups)
            .Include(x => x.Themes)
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return null;
        var practices = await visiblePractices.Where(x => x.Projects.Any(y => y.Id == id))
            .OrderBy(x => x.Kind).ThenBy(x => x.SortKey).ToCardsAsync(ct);
        return new ProjectView(p.Id, p.Name, p.Acronym, p.Code, p.StartDate, p.EndDate, p.StatusOn(today), p.Funder,
            p.FundingProgramme, p.DecisionNumber, p.GrantEuros, p.SelfFinancingPercent,
            new NamedRef(p.Network!.Id, p.Network.Name, p.Network.Slug),
            p.LeadOrganisation is null ? null : new NamedRef(p.LeadOrganisation.Id, p.LeadOrganisation.Name),
            p.Partners.OrderBy(x => x.Organisation!.SortKey).Select(x => new PartnerRef(x.OrganisationId, x.Organisation!.Name, x.Role)).ToList(),
            p.ParentProject is null ? null : new NamedRef(p.ParentProject.Id, p.ParentProject.Name),
            p.SubProjects.OrderBy(x => x.SortKey).Select(x => new NamedRef(x.Id, x.Name)).ToList(),
            p.IsCoordination, p.Scope,
            p.Regions.OrderBy(r => r.Code).Select(r => new RegionRef(r.Code, r.NameIn(culture))).ToList(),
            p.TargetGroups.OrderBy(t => t.NormalizedName, StringComparer.Ordinal).Select(t => new NamedRef(t.Id, t.Name)).ToList(),
            p.Themes.OrderBy(t => t.SortOrder).Select(t => new ThemeRef(t.Id, t.Code, t.Name, t.ParentId)).ToList(),
            p.Description, p.Goals, p.Actions, p.NetworksAndPartners, p.Results, p.Team,
            p.Contacts.ToList(), p.Links.ToList(), practices,
            await Rooting.Indicators.IndicatorViews.ForProjectAsync(db, p.Id, p.NetworkId, culture, ct), p.UpdatedAt,
            OpenData.OpenLicence.For(p.Network.Licence).Url);
    }
}
