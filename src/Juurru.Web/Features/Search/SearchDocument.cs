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
    public static Task<List<SearchDocument>> PracticesAsync(JuurruDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var list = ids.ToArray();
        return PracticesAsync(db.Practices.Where(p => EF.Parameter(list).Contains(p.Id)), ct);
    }

    /// <summary>Documents for the practices whose ids lie in a range: a rebuild's batch (a range is a cheaper filter than a long id list).</summary>
    public static Task<List<SearchDocument>> PracticesAsync(JuurruDbContext db, int fromId, int toId, CancellationToken ct) =>
        PracticesAsync(db.Practices.Where(p => p.Id >= fromId && p.Id <= toId), ct);

    private static async Task<List<SearchDocument>> PracticesAsync(IQueryable<Practice> source, CancellationToken ct)
    {
        var query = source.AsNoTracking().Where(p => p.Status == PracticeStatus.Published);
        // A projection of just what is indexed: materialising whole entities with seven includes was the slow part of a rebuild.
        var practices = await query.Select(p => new PracticeSource(
                p.Id, p.Kind, p.Decision, p.Rooting, p.Language, p.Year, p.Title, p.SortKey, p.PublishedAt ?? p.CreatedAt, p.Network!.Slug,
                p.Summary + "\n" + p.GoalAndTargetGroup + "\n" + p.ContentAndActions + "\n" + p.StaffInduction + "\n"
                    + p.Marketing + "\n" + p.Materials + "\n" + p.Resources + "\n" + p.ResultsAndIndicators,
                p.Themes.Select(t => new ThemeSource(t.Id, t.ParentId)).ToList(),
                p.Keywords.Select(k => new NamedSource(k.Id, k.Name)).ToList(),
                p.TargetGroups.Select(t => t.Id).ToList(),
                p.Regions.Select(r => r.Code).ToList(),
                p.Organisations.Select(o => new NamedSource(o.Id, o.Name)).ToList(),
                p.Projects.Select(x => new ProjectSource(x.Id, x.Name, x.Acronym, x.LeadOrganisationId, x.LeadOrganisation!.Name)).ToList()))
            .AsSplitQuery().ToListAsync(ct);
        return practices.Select(ForPractice).ToList();
    }

    public static Task<List<SearchDocument>> ProjectsAsync(JuurruDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var list = ids.ToArray();
        return ProjectsAsync(db.Projects.Where(p => EF.Parameter(list).Contains(p.Id)), ct);
    }

    public static Task<List<SearchDocument>> ProjectsAsync(JuurruDbContext db, int fromId, int toId, CancellationToken ct) =>
        ProjectsAsync(db.Projects.Where(p => p.Id >= fromId && p.Id <= toId), ct);

    private static async Task<List<SearchDocument>> ProjectsAsync(IQueryable<Project> query, CancellationToken ct)
    {
        var projects = await query.AsNoTracking()
            .Include(p => p.Network).Include(p => p.Themes).Include(p => p.Regions).Include(p => p.TargetGroups)
            .Include(p => p.LeadOrganisation).Include(p => p.Partners).ThenInclude(x => x.Organisation)
            .AsSplitQuery().ToListAsync(ct);
        return projects.Select(ForProject).ToList();
    }

    public sealed record ThemeSource(int Id, int? ParentId);
    public sealed record NamedSource(int Id, string Name);
    public sealed record ProjectSource(int Id, string Name, string? Acronym, int? LeadId, string? LeadName);

    /// <summary>The indexed parts of a practice.</summary>
    public sealed record PracticeSource(int Id, PracticeKind Kind, Evaluation.EvaluationDecision? Decision, Rooting.RootingStatus Rooting, string Language, int? Year, string Title, string SortKey,
        DateTime SortDate, string? Network, string Body, List<ThemeSource> Themes, List<NamedSource> Keywords,
        List<int> TargetGroups, List<string> Regions, List<NamedSource> Organisations, List<ProjectSource> Projects);

    public static SearchDocument ForPractice(PracticeSource p)
    {
        var organisations = p.Organisations.Select(o => (o.Id, o.Name))
            .Concat(p.Projects.Where(x => x.LeadId is not null).Select(x => (Id: x.LeadId!.Value, Name: x.LeadName ?? "")))
            .Distinct().ToList();
        var facets = new List<string> { Facets.Network + p.Network, Facets.Kind + p.Kind, Facets.Language + p.Language };
        facets.AddRange(p.Themes.SelectMany(t => t.ParentId is { } parent ? [t.Id, parent] : new[] { t.Id }).Distinct().Select(id => Facets.Theme + id));
        facets.AddRange(p.Projects.Select(x => Facets.Project + x.Id));
        facets.AddRange(organisations.Select(o => Facets.Organisation + o.Id));
        facets.AddRange(p.TargetGroups.Select(t => Facets.TargetGroup + t));
        facets.AddRange(p.Keywords.Select(k => Facets.Keyword + k.Id));
        facets.AddRange(p.Regions.Select(r => Facets.Region + r));
        if (p.Year is { } year) facets.Add(Facets.Year + year);
        if (p.Decision is { } decision) facets.Add(Facets.Decision + decision);
        if (p.Rooting != Rooting.RootingStatus.Unknown) facets.Add(Facets.Rooting + p.Rooting);
        var context = string.Join("\n", p.Projects.Select(x => x.Acronym is null ? x.Name : $"{x.Name} {x.Acronym}").Concat(organisations.Select(o => o.Name)));
        return new SearchDocument(SearchKind.Practice, p.Id, p.Language, p.Title, string.Join("\n", p.Keywords.Select(k => k.Name)),
            PlainText(p.Body), context, facets, p.SortDate, p.SortKey);
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
    public const string Decision = "e:";
    public const string Rooting = "j:";
}
