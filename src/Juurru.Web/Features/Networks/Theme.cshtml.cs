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
        var contents = await ThemeContents.LoadAsync(db, id, ct);
        Subthemes = contents.Subthemes;
        PracticeCount = contents.PracticeCount;
        Practices = contents.Practices;
        Projects = contents.Projects;
        return Page();
    }
}
