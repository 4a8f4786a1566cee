using Juurru.Data;
using Juurru.Features.Shared;
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
    public EditConflict? Conflict { get; private set; }

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
        // Twice at most: a save that loses the race to another (the database's version check) is read again and then
        // either finds the content it was opened on (the other save changed something else) or stops with the conflict shown.
        for (var attempt = 1; ; attempt++)
        {
            var practice = await LoadAsync(id, ct);
            if (practice is null) return NotFound();
            if (await DenyAsync(practice) is { } denied) return denied;
            var before = PracticeSnapshot.Of(practice);
            var choices = await editor.LoadChoicesAsync(practice.NetworkId, practice.Projects.Select(p => p.Id).ToList(), practice.Id, ct);
            if (!await editor.ApplyAsync(practice, Form, choices!, ModelState, ct))
            {
                // Nothing of a refused form may reach the database.
                db.ChangeTracker.Clear();
                return await ShowAsync((await LoadAsync(id, ct))!, ct);
            }
            var after = PracticeSnapshot.Of(practice);
            var changes = before.ChangesTo(after);
            if (changes.Count == 0)
            {
                TempData["Message"] = L["Nothing was changed."].Value;
                return RedirectToPage("/Practices/Details", new { id, slug = Slugs.Of(practice.Title) });
            }
            if (Form.Opened != before.Fingerprint)
            {
                db.ChangeTracker.Clear();
                return await ShowConflictAsync(id, before, after, ct);
            }
            var now = clock.GetUtcNow().UtcDateTime;
            practice.UpdatedAt = now;
            practice.AddRevision(RevisionAction.Edited, user.Id, user.Name, changes, now);
            if (!await db.SavedUnlessRaceLostAsync(mayTryAgain: attempt == 1, ct)) continue;
            TempData["Message"] = L["The changes were saved."].Value;
            return RedirectToPage("/Practices/Details", new { id, slug = Slugs.Of(practice.Title) });
        }
    }

    /// <summary>The form stays as the user wrote it, now opened on the saved version, with the differences above it.</summary>
    private async Task<IActionResult> ShowConflictAsync(int id, PracticeSnapshot saved, PracticeSnapshot yours, CancellationToken ct)
    {
        var practice = (await LoadAsync(id, ct))!;
        var last = await db.PracticeRevisions.AsNoTracking().Where(r => r.PracticeId == id)
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Select(r => new { r.UserName, r.At }).FirstOrDefaultAsync(ct);
        Conflict = new EditConflict(last?.UserName, last?.At ?? practice.UpdatedAt,
            saved.ChangesTo(yours).Select(c => new ConflictRow(PracticeLabels.Field(c.Field), c.Old, c.New)).ToList());
        Form.Opened = saved.Fingerprint;
        ModelState.Remove("Form.Opened"); // the field shows the new value, not the one posted
        await ShowAsync(practice, ct);
        return new PageResult { StatusCode = StatusCodes.Status409Conflict };
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
