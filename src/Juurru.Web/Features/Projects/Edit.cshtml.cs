using Juurru.Data;
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
        var project = await LoadAsync(id, ct);
        if (project is null) return NotFound();
        if (!await AllowedAsync(project)) return Forbid();
        var choices = (await editor.LoadChoicesAsync(project.NetworkId, project.Id, ct))!;
        if (!await editor.ApplyAsync(project, Form, choices, ModelState, ct))
        {
            db.ChangeTracker.Clear();
            return await ShowAsync(project, ct);
        }
        project.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The changes were saved."].Value;
        return RedirectToPage("/Projects/Details", new { id });
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
