using Juurru.Data;
using Juurru.Features.Practices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Networks;

public sealed class DetailsModel(JuurruDbContext db, IAuthorizationService auth) : PageModel
{
    public Network Network { get; private set; } = null!;
    public IReadOnlyList<IndexModel.ThemeCount> Themes { get; private set; } = [];
    public IReadOnlyList<string> Coordinators { get; private set; } = [];
    public int Projects { get; private set; }
    public int Practices { get; private set; }
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var network = await db.Networks.AsNoTracking().SingleOrDefaultAsync(n => n.Slug == slug, ct);
        if (network is null) return NotFound();
        Network = network;
        Themes = await db.Themes.AsNoTracking().Where(t => t.NetworkId == network.Id).OrderBy(t => t.SortOrder)
            .Select(t => new IndexModel.ThemeCount(t.Id, t.Code, t.Name, t.ParentId,
                db.Practices.Count(p => p.Status == PracticeStatus.Published && p.Themes.Any(x => x.Id == t.Id))))
            .ToListAsync(ct);
        Coordinators = await db.NetworkCoordinators.Where(c => c.NetworkId == network.Id)
            .Join(db.Users, c => c.UserId, u => u.Id, (c, u) => u.DisplayName).OrderBy(n => n).ToListAsync(ct);
        Projects = await db.Projects.CountAsync(p => p.NetworkId == network.Id, ct);
        Practices = await db.Practices.CountAsync(p => p.NetworkId == network.Id && p.Status == PracticeStatus.Published, ct);
        CanManage = (await auth.AuthorizeAsync(User, new NetworkAccess(network.Id), NetworkOperations.ManageThemes)).Succeeded;
        return Page();
    }
}
