using System.Text.RegularExpressions;
using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Search;

/// <summary>What the search index holds for one published practice or one project.</summary>
public enum SearchKind
{
    Practice,
    Project,
}

/// <summary>
/// One indexed item: four weighted text fields (title above keywords above body above context) and the facet
/// values it is filtered and counted by, as "prefix:value" strings (see <see cref="Facets"/>).
/// </summary>
public sealed record SearchDocument(
    SearchKind Kind, int EntityId, string Language,
    string Title, string Keywords, string Body, string Context,
    IReadOnlyList<string> Facets, DateTime SortDate, string SortTitle)
{
    public string FacetText => string.Join(' ', Facets);
}

public static partial class SearchDocuments
{
    /// <summary>Documents for the given practices; practices that are not published (or no longer exist) get none.</summary>
    public static async Task<List<SearchDocument>> PracticesAsync(JuurruDbContext db, IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        var query = db.Practices.AsNoTracking().Where(p => p.Status == PracticeStatus.Published);
        if (ids is not null) query = query.Where(p => ids.Contains(p.Id));
        var practices = await query
            .Include(p => p.Network).Include(p => p.Themes).Include(p => p.Keywords).Include(p => p.TargetGroups)
            .Include(p => p.Regions).Include(p => p.Organisations)
            .Include(p => p.Projects).ThenInclude(x => x.LeadOrganisation)
            .AsSplitQuery().ToListAsync(ct);
        return practices.Select(ForPractice).ToList();
    }

    public static async Task<List<SearchDocument>> ProjectsAsync(JuurruDbContext db, IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        var query = db.Projects.AsNoTracking();
        if (ids is not null) query = query.Where(p => ids.Contains(p.Id));
        var projects = await query
            .Include(p => p.Network).Include(p => p.Themes).Include(p => p.Regions).Include(p => p.TargetGroups)
            .Include(p => p.LeadOrganisation).Include(p => p.Partners).ThenInclude(x => x.Organisation)
            .AsSplitQuery().ToListAsync(ct);
        return projects.Select(ForProject).ToList();
    }

    public static SearchDocument ForPractice(Practice p)
    {
        var organisations = p.Organisations.Select(o => (o.Id, o.Name))
            .Concat(p.Projects.Where(x => x.LeadOrganisation is not null).Select(x => (x.LeadOrganisation!.Id, x.LeadOrganisation.Name)))
            .Distinct().ToList();
        var facets = new List<string> { Facets.Network + p.Network?.Slug, Facets.Kind + p.Kind, Facets.Language + p.Language };
        facets.AddRange(p.Themes.SelectMany(t => t.ParentId is { } parent ? [t.Id, parent] : new[] { t.Id }).Distinct().Select(id => Facets.Theme + id));
        facets.AddRange(p.Projects.Select(x => Facets.Project + x.Id));
        facets.AddRange(organisations.Select(o => Facets.Organisation + o.Id));
        facets.AddRange(p.TargetGroups.Select(t => Facets.TargetGroup + t.Id));
        facets.AddRange(p.Keywords.Select(k => Facets.Keyword + k.Id));
        facets.AddRange(p.Regions.Select(r => Facets.Region + r.Code));
        if (p.Year is { } year) facets.Add(Facets.Year + year);
        var body = string.Join("\n", p.Summary, p.GoalAndTargetGroup, p.ContentAndActions, p.StaffInduction, p.Marketing,
            p.Materials, p.Resources, p.ResultsAndIndicators);
        var context = string.Join("\n", p.Projects.Select(x => x.Acronym is null ? x.Name : $"{x.Name} {x.Acronym}").Concat(organisations.Select(o => o.Name)));
        return new SearchDocument(SearchKind.Practice, p.Id, p.Language, p.Title, string.Join("\n", p.Keywords.Select(k => k.Name)),
            PlainText(body), context, facets, p.PublishedAt ?? p.CreatedAt, p.SortKey);
    }

    public static SearchDocument ForProject(Project p)
    {
        var organisations = p.Partners.Where(x => x.Organisation is not null).Select(x => (x.Organisation!.Id, x.Organisation.Name))
            .Prepend(p.LeadOrganisation is null ? default : (p.LeadOrganisation.Id, p.LeadOrganisation.Name))
            .Where(o => o.Name is not null).Distinct().ToList();
        var facets = new List<string> { Facets.Network + p.Network?.Slug };
        facets.AddRange(p.Themes.SelectMany(t => t.ParentId is { } parent ? [t.Id, parent] : new[] { t.Id }).Distinct().Select(id => Facets.Theme + id));
        facets.AddRange(organisations.Select(o => Facets.Organisation + o.Id));
        facets.AddRange(p.TargetGroups.Select(t => Facets.TargetGroup + t.Id));
        facets.AddRange(p.Regions.Select(r => Facets.Region + r.Code));
        if (p.EndDate is { } end) facets.Add(Facets.Year + end.Year);
        var body = string.Join("\n", p.Description, p.Goals, p.Actions, p.Results, p.NetworksAndPartners);
        return new SearchDocument(SearchKind.Project, p.Id, "fi", p.Acronym is null ? p.Name : $"{p.Name} {p.Acronym}", "",
            PlainText(body), string.Join("\n", organisations.Select(o => o.Name)), facets,
            p.StartDate?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? p.CreatedAt, p.SortKey);
    }

    /// <summary>Markdown without link targets and images, so that addresses do not become search words.</summary>
    public static string PlainText(string markdown) => LinkTarget().Replace(BareUrl().Replace(markdown, " "), "$1");

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"(https?://|www\.)\S+")]
    private static partial Regex BareUrl();
}

/// <summary>Facet prefixes as stored in the index.</summary>
public static class Facets
{
    public const string Network = "n:";
    public const string Theme = "t:";
    public const string Kind = "k:";
    public const string Project = "p:";
    public const string Organisation = "o:";
    public const string TargetGroup = "g:";
    public const string Keyword = "w:";
    public const string Region = "r:";
    public const string Year = "y:";
    public const string Language = "l:";
}
