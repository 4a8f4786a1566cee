using Juurru.Data;
using Juurru.Features.Practices;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Networks;

public sealed class IndexModel(JuurruDbContext db) : PageModel
{
    public sealed record ThemeCount(int Id, string Code, string Name, int? ParentId, int Practices);
    public sealed record Entry(string Slug, string Name, string Description, IReadOnlyList<ThemeCount> Themes);

    public IReadOnlyList<Entry> Networks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var networks = await db.Networks.AsNoTracking().OrderBy(n => n.SortKey).ToListAsync(ct);
        var themes = await db.Themes.AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new
            {
                t.NetworkId,
                Row = new ThemeCount(t.Id, t.Code, t.Name, t.ParentId,
                    db.Practices.Count(p => p.Status == PracticeStatus.Published && p.Themes.Any(x => x.Id == t.Id))),
            })
            .ToListAsync(ct);
        Networks = networks.Select(n => new Entry(n.Slug, n.Name, n.Description,
            themes.Where(t => t.NetworkId == n.Id).Select(t => t.Row).ToList())).ToList();
    }
}
