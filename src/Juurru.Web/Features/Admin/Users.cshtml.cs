using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Admin;

[Authorize(Roles = Roles.Administrator)]
public sealed class UsersModel(JuurruDbContext db) : PageModel
{
    public sealed record Row(string Id, string Name, string Email, bool Administrator, int Projects, int Networks, bool Locked);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;
    private const int Size = 50;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var adminRole = await db.Roles.Where(r => r.Name == Roles.Administrator).Select(r => r.Id).SingleOrDefaultAsync(ct);
        var query = db.Users.AsNoTracking().Where(u => u.DeletedAt == null);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(q) || u.DisplayName.ToUpper().Contains(q));
        }
        Total = await query.CountAsync(ct);
        PageNumber = Math.Max(1, PageNumber);
        var now = DateTimeOffset.UtcNow;
        Rows = await query.OrderBy(u => u.NormalizedEmail).Skip((PageNumber - 1) * Size).Take(Size)
            .Select(u => new Row(u.Id, u.DisplayName, u.Email ?? "",
                db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == adminRole),
                db.ProjectMembers.Count(m => m.UserId == u.Id),
                db.NetworkCoordinators.Count(c => c.UserId == u.Id),
                u.LockoutEnd != null && u.LockoutEnd > now))
            .ToListAsync(ct);
        Pager = new Pager(PageNumber, Pager.PageCount(Total, Size), p => Pager.Link(Request, [new("q", Q), new("page", p.ToString())]));
    }
}
