using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Projects;

/// <summary>Coordinators decide who edits a project's card and practices.</summary>
[Authorize]
public sealed class MembersModel(JuurruDbContext db, IAuthorizationService auth, IStringLocalizer<SharedResource> L,
    Notifications.Notifier notifier, CurrentUser current) : PageModel
{
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public IReadOnlyList<(string UserId, string DisplayName, string Email)> Members { get; private set; } = [];

    [BindProperty] public string? Email { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await RefusedAsync(id, ct) ?? await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        if (await RefusedAsync(id, ct) is { } refused) return refused;
        var normalized = Email?.Trim().ToUpperInvariant();
        var member = string.IsNullOrEmpty(normalized) ? null : await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        if (member is null)
        {
            ModelState.AddModelError(nameof(Email), L["No account has this email address. Ask the person to register first."]);
            return await ShowAsync(id, ct);
        }
        if (!await db.ProjectMembers.AnyAsync(m => m.ProjectId == id && m.UserId == member.Id, ct))
        {
            db.ProjectMembers.Add(new ProjectMember { ProjectId = id, UserId = member.Id });
            var project = await db.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleAsync(ct);
            await notifier.AddAsync([member.Id], current.Id, Notifications.NotificationKind.AddedToProject, Slugs.ProjectPath(id, project),
                L => (L["You are now a member of {0}", project], L["{0} added you to the project \"{1}\". You can now edit its card and document its practices.", current.Name, project]), ct);
            await db.SaveChangesAsync(ct);
        }
        TempData["Message"] = L["{0} is now a member of the project.", member.Email ?? ""].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, string userId, CancellationToken ct)
    {
        if (await RefusedAsync(id, ct) is { } refused) return refused;
        await db.ProjectMembers.Where(m => m.ProjectId == id && m.UserId == userId).ExecuteDeleteAsync(ct);
        TempData["Message"] = L["The member was removed."].Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> RefusedAsync(int id, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Id, p.NetworkId }).SingleOrDefaultAsync(ct);
        if (project is null) return NotFound();
        var allowed = await auth.AuthorizeAsync(User, new ProjectAccess(project.Id, project.NetworkId), ProjectOperations.ManageMembers);
        return allowed.Succeeded ? null : Forbid();
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        Id = id;
        Name = await db.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleAsync(ct);
        Members = (await db.ProjectMembers.Where(m => m.ProjectId == id)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email })
                .OrderBy(u => u.Email).ToListAsync(ct))
            .Select(u => (u.Id, u.DisplayName, u.Email ?? "")).ToList();
        return Page();
    }
}
