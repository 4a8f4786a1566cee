using Juurru.Data;
using Juurru.Features.Networks;
using Juurru.Features.Practices;
using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Projects;

/// <summary>Coordinators add projects to their network's registry.</summary>
[Authorize]
public sealed class CreateModel(JuurruDbContext db, ProjectEditor editor, CurrentUser user, TimeProvider clock,
    IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty] public ProjectForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int? Network { get; set; }
    public ProjectChoices? Choices { get; private set; }
    public IReadOnlyList<Option<int>> Networks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await PrepareAsync(ct) is { } refused) return refused;
        Form.AddBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await PrepareAsync(ct) is { } refused) return refused;
        if (Choices is null) return BadRequest();
        var now = clock.GetUtcNow().UtcDateTime;
        var project = new Project { NetworkId = Network!.Value, CreatedAt = now, UpdatedAt = now };
        if (!await editor.ApplyAsync(project, Form, Choices, ModelState, ct))
        {
            Form.AddBlankRows();
            return Page();
        }
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The project was added."].Value;
        return RedirectToPage("/Projects/Details", new { id = project.Id, slug = Slugs.Of(project.Name) });
    }

    private async Task<IActionResult?> PrepareAsync(CancellationToken ct)
    {
        var scope = await user.GetScopeAsync(ct);
        var ids = scope.CoordinatedNetworkIds.ToList();
        Networks = await db.Networks.AsNoTracking().Where(n => scope.IsAdministrator || ids.Contains(n.Id))
            .OrderBy(n => n.SortKey).Select(n => new Option<int>(n.Id, n.Name)).ToListAsync(ct);
        if (Networks.Count == 0) return Forbid();
        if (Network is null && Networks.Count == 1) Network = Networks[0].Value;
        if (Network is null) return null;
        if (Networks.All(n => n.Value != Network)) return Forbid();
        Choices = await editor.LoadChoicesAsync(Network.Value, null, ct);
        return Choices is null ? NotFound() : null;
    }
}
