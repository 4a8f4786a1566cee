using Juurru.Data;
using Juurru.Features.Practices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Projects;

/// <summary>The project registry, grouped by theme and by national or regional scope, as in a coordination report's appendix.</summary>
public sealed class IndexModel(JuurruDbContext db, TimeProvider clock, Identity.CurrentUser user, Search.PracticeSearch search) : PageModel
{
    public bool CanAdd { get; private set; }

    public ProjectFilter Filter { get; private set; } = new();
    public int Total { get; private set; }
    public IReadOnlyList<Group> Groups { get; private set; } = [];
    public IReadOnlyList<Option<string>> Networks { get; private set; } = [];
    public IReadOnlyList<ThemeOption> Themes { get; private set; } = [];

    public sealed record Group(string Title, int? ThemeId, IReadOnlyList<(ProjectScope? Scope, IReadOnlyList<ProjectRow> Rows)> Scopes);

    public async Task OnGetAsync([FromQuery] ProjectFilter filter, CancellationToken ct)
    {
        Filter = filter;
        var scope = await user.GetScopeAsync(ct);
        CanAdd = scope.IsCoordinator || scope.IsAdministrator;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var matching = string.IsNullOrWhiteSpace(filter.Q) ? null : (await search.MatchProjectsAsync(db, filter.Q, ct)).Ids;
        var rows = await db.Projects.Filter(filter, today, matching).OrderBy(p => p.SortKey).ToRowsAsync(db, ct);
        Total = rows.Count;
        Networks = await db.Networks.AsNoTracking().OrderBy(n => n.SortKey).Select(n => new Option<string>(n.Slug, n.Name)).ToListAsync(ct);
        Themes = await db.Themes.AsNoTracking().Where(t => t.ParentId == null)
            .OrderBy(t => t.Network!.SortKey).ThenBy(t => t.SortOrder)
            .Select(t => new ThemeOption(t.Id, t.Code, t.Name, t.ParentId, t.Network!.Name)).ToListAsync(ct);

        // A project under several themes is listed under each, as the report's appendix does.
        var groups = new List<Group>();
        foreach (var theme in Themes.Where(t => filter.Theme is null || t.Id == filter.Theme))
        {
            var inTheme = rows.Where(r => r.Themes.Any(t => t.Id == theme.Id)).ToList();
            if (inTheme.Count > 0) groups.Add(new Group(theme.Label, theme.Id, ByScope(inTheme)));
        }
        var themeless = rows.Where(r => r.Themes.All(t => t.ParentId is not null)).ToList();
        if (themeless.Count > 0 && filter.Theme is null) groups.Add(new Group("", null, ByScope(themeless)));
        Groups = groups;
    }

    private static IReadOnlyList<(ProjectScope?, IReadOnlyList<ProjectRow>)> ByScope(List<ProjectRow> rows) =>
        new ProjectScope?[] { ProjectScope.National, ProjectScope.Regional, null }
            .Select(s => (s, (IReadOnlyList<ProjectRow>)rows.Where(r => r.Scope == s).ToList()))
            .Where(g => g.Item2.Count > 0)
            .ToList();
}
