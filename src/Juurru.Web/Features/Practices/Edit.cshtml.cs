using Juurru.Data;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Practices;

[Authorize]
public sealed class EditModel(JuurruDbContext db, PracticeEditor editor, IAuthorizationService auth, CurrentUser user,
    TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty] public PracticeForm Form { get; set; } = new();
    public PracticeChoices Choices { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var practice = await LoadAsync(id, ct);
        if (practice is null) return NotFound();
        if (await DenyAsync(practice) is { } denied) return denied;
        Form = PracticeForm.From(practice);
        return await ShowAsync(practice, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var practice = await LoadAsync(id, ct);
        if (practice is null) return NotFound();
        if (await DenyAsync(practice) is { } denied) return denied;
        if (Form.Version != practice.UpdatedAt.Ticks)
        {
            ModelState.AddModelError("", L["Someone else saved this practice while you were editing. Your changes are below; check them against the saved version and save again."]);
            Form.Version = practice.UpdatedAt.Ticks;
            return await ShowAsync(practice, ct);
        }
        var choices = await editor.LoadChoicesAsync(practice.NetworkId, practice.Projects.Select(p => p.Id).ToList(), practice.Id, ct);
        var before = PracticeSnapshot.Of(practice);
        if (!await editor.ApplyAsync(practice, Form, choices!, ModelState, ct))
        {
            // Nothing of a refused form may reach the database.
            db.ChangeTracker.Clear();
            return await ShowAsync((await LoadAsync(id, ct))!, ct);
        }
        var changes = before.ChangesTo(PracticeSnapshot.Of(practice));
        if (changes.Count == 0)
        {
            TempData["Message"] = L["Nothing was changed."].Value;
            return RedirectToPage("/Practices/Details", new { id });
        }
        var now = clock.GetUtcNow().UtcDateTime;
        practice.UpdatedAt = now;
        practice.AddRevision(RevisionAction.Edited, user.Id, user.Name, changes, now);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The changes were saved."].Value;
        return RedirectToPage("/Practices/Details", new { id });
    }

    private Task<Practice?> LoadAsync(int id, CancellationToken ct) =>
        db.Practices
            .Include(p => p.Projects).Include(p => p.Themes).Include(p => p.Organisations).Include(p => p.Regions)
            .Include(p => p.Keywords).Include(p => p.TargetGroups).Include(p => p.Model)
            .SingleOrDefaultAsync(p => p.Id == id, ct);

    private async Task<IActionResult?> DenyAsync(Practice practice)
    {
        var access = PracticeAccess.Of(practice);
        if ((await auth.AuthorizeAsync(User, access, PracticeOperations.Edit)).Succeeded) return null;
        return (await auth.AuthorizeAsync(User, access, PracticeOperations.Read)).Succeeded ? Forbid() : NotFound();
    }

    private async Task<IActionResult> ShowAsync(Practice practice, CancellationToken ct)
    {
        Id = practice.Id;
        Title = practice.Title;
        Choices = (await editor.LoadChoicesAsync(practice.NetworkId, practice.Projects.Select(p => p.Id).ToList(), practice.Id, ct))!;
        Form.AddBlankRows();
        return Page();
    }
}
