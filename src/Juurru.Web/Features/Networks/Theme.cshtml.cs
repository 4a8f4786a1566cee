using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Networks;

/// <summary>A theme or subtheme: what it covers, its subthemes, its newest practices and its projects.</summary>
public sealed class ThemeModel(JuurruDbContext db) : PageModel
{
    public Theme Theme { get; private set; } = null!;
    public IReadOnlyList<IndexModel.ThemeCount> Subthemes { get; private set; } = [];
    public IReadOnlyList<PracticeCard> Practices { get; private set; } = [];
    public int PracticeCount { get; private set; }
    public IReadOnlyList<ProjectRow> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var theme = await db.Themes.AsNoTracking().Include(t => t.Network).Include(t => t.Parent).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (theme is null) return NotFound();
        Theme = theme;
        Subthemes = await db.Themes.AsNoTracking().Where(t => t.ParentId == id).OrderBy(t => t.SortOrder)
            .Select(t => new IndexModel.ThemeCount(t.Id, t.Code, t.Name, t.ParentId,
                db.Practices.Count(p => p.Status == PracticeStatus.Published && p.Themes.Any(x => x.Id == t.Id))))
            .ToListAsync(ct);
        var practices = db.Practices.Where(p => p.Status == PracticeStatus.Published && p.Themes.Any(t => t.Id == id));
        PracticeCount = await practices.CountAsync(ct);
        Practices = await practices.Sorted(PracticeSort.Newest).Take(20).ToCardsAsync(ct);
        Projects = await db.Projects.Where(p => p.Themes.Any(t => t.Id == id) || practices.Any(x => x.Projects.Any(y => y.Id == p.Id)))
            .OrderBy(p => p.SortKey).ToRowsAsync(db.Practices, ct);
        return Page();
    }
}
