using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Projects;

[Authorize]
public sealed class EditModel(JuurruDbContext db, ProjectEditor editor, IAuthorizationService auth, TimeProvider clock,
    IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty] public ProjectForm Form { get; set; } = new();
    public ProjectChoices Choices { get; private set; } = null!;
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public EditConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var project = await LoadAsync(id, ct);
        if (project is null) return NotFound();
        if (!await AllowedAsync(project)) return Forbid();
        Form = ProjectForm.From(project);
        return await ShowAsync(project, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        // As a practice's edit: a save that loses the race in the database is read again once, and then either goes
        // through (the other save changed nothing this form holds) or stops with the other version shown.
        for (var attempt = 1; ; attempt++)
        {
            var project = await LoadAsync(id, ct);
            if (project is null) return NotFound();
            if (!await AllowedAsync(project)) return Forbid();
            var saved = ProjectForm.From(project);
            var choices = (await editor.LoadChoicesAsync(project.NetworkId, project.Id, ct))!;
            if (!await editor.ApplyAsync(project, Form, choices, ModelState, ct))
            {
                db.ChangeTracker.Clear();
                return await ShowAsync(project, ct);
            }
            // Where the form already says what was saved, there is nothing to choose between.
            if (Form.Opened != saved.Opened && ProjectDifferences.Between(saved, Form, choices, L) is { Count: > 0 } differences)
            {
                db.ChangeTracker.Clear();
                Conflict = new EditConflict(null, project.UpdatedAt, differences);
                Form.Opened = saved.Opened;
                ModelState.Remove("Form.Opened"); // the field shows the new value, not the one posted
                await ShowAsync(project, ct);
                return new PageResult { StatusCode = StatusCodes.Status409Conflict };
            }
            project.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            if (!await db.SavedUnlessRaceLostAsync(mayTryAgain: attempt == 1, ct)) continue;
            TempData["Message"] = L["The changes were saved."].Value;
            return RedirectToPage("/Projects/Details", new { id, slug = Slugs.Of(project.Name) });
        }
    }

    private Task<Project?> LoadAsync(int id, CancellationToken ct) =>
        db.Projects.Include(p => p.Partners).Include(p => p.Regions).Include(p => p.Themes).Include(p => p.TargetGroups)
            .SingleOrDefaultAsync(p => p.Id == id, ct);

    private async Task<bool> AllowedAsync(Project project) =>
        (await auth.AuthorizeAsync(User, new ProjectAccess(project.Id, project.NetworkId), ProjectOperations.Edit)).Succeeded;

    private async Task<IActionResult> ShowAsync(Project project, CancellationToken ct)
    {
        Id = project.Id;
        Name = project.Name;
        Choices = (await editor.LoadChoicesAsync(project.NetworkId, project.Id, ct))!;
        Form.AddBlankRows();
        return Page();
    }
}
