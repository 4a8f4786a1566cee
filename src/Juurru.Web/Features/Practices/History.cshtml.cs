using Juurru.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Practices;

/// <summary>Who changed what and when; editors of the practice only.</summary>
[Authorize]
public sealed class HistoryModel(JuurruDbContext db, IAuthorizationService auth) : PageModel
{
    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<PracticeRevision> Revisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var practice = await db.Practices.AsNoTracking().Include(p => p.Projects).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (practice is null) return NotFound();
        var access = PracticeAccess.Of(practice);
        if (!(await auth.AuthorizeAsync(User, access, PracticeOperations.ViewHistory)).Succeeded)
            return (await auth.AuthorizeAsync(User, access, PracticeOperations.Read)).Succeeded ? Forbid() : NotFound();
        Id = id;
        Title = practice.Title;
        Revisions = await db.PracticeRevisions.AsNoTracking().Where(r => r.PracticeId == id)
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id).ToListAsync(ct);
        return Page();
    }
}
