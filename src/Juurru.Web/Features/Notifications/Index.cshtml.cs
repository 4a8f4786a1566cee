using Juurru.Data;
using Juurru.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Notifications;

/// <summary>The person's own notifications, newest first; the unread ones marked until they say they have read them.</summary>
[Authorize]
public sealed class IndexModel(JuurruDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<Notification> Items { get; private set; } = [];
    public int Unread { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var id = user.Id;
        Items = await db.Notifications.AsNoTracking().Where(n => n.UserId == id)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(PageSize).ToListAsync(ct);
        Unread = await db.Notifications.CountAsync(n => n.UserId == id && n.ReadAt == null, ct);
    }

    public async Task<IActionResult> OnPostReadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var id = user.Id;
        await db.Notifications.Where(n => n.UserId == id && n.ReadAt == null).ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), ct);
        return RedirectToPage();
    }
}
