using Juurru.Data;
using Juurru.Features.Projects;
using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Practices;

[Authorize]
public sealed class CreateModel(JuurruDbContext db, PracticeEditor editor, CurrentUser user, TimeProvider clock,
    IStringLocalizer<SharedResource> L, Search.PracticeSearch search) : PageModel
{
    /// <summary>Set after "Check whether it exists": published practices resembling what has been written so far.</summary>
    public IReadOnlyList<PracticeCard>? Similar { get; private set; }

    [BindProperty] public PracticeForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int? Network { get; set; }
    public PracticeChoices? Choices { get; private set; }
    public IReadOnlyList<Option<int>> Networks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery] int? project, CancellationToken ct)
    {
        Networks = await editor.NetworksForNewPracticeAsync(ct);
        if (Networks.Count == 0) return Forbid();
        if (Network is null && Networks.Count == 1) Network = Networks[0].Value;
        if (Network is null) return Page(); // first choose the network
        if (Networks.All(n => n.Value != Network)) return Forbid();
        Choices = await editor.LoadChoicesAsync(Network.Value, [], null, ct);
        if (Choices is null) return NotFound();
        if (project is { } p && Choices.Projects.Any(x => x.Value == p)) Form.ProjectIds.Add(p);
        if (Choices.Projects.Count == 1) Form.ProjectIds = [Choices.Projects[0].Value];
        Form.AddBlankRows();
        return Page();
    }

    /// <summary>Before saving: shows the published practices that resemble the title and texts written so far, keeping the form as it is.</summary>
    public async Task<IActionResult> OnPostSimilarAsync(CancellationToken ct)
    {
        Networks = await editor.NetworksForNewPracticeAsync(ct);
        if (Network is null || Networks.All(n => n.Value != Network)) return Forbid();
        Choices = await editor.LoadChoicesAsync(Network.Value, [], null, ct);
        if (Choices is null) return NotFound();
        ModelState.Clear();
        Similar = await Search.SimilarPractices.LoadAsync(db, search, Form.Title,
            string.Join("\n", Form.Summary, Form.GoalAndTargetGroup, Form.ContentAndActions), null, 5, ct);
        Form.AddBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Networks = await editor.NetworksForNewPracticeAsync(ct);
        if (Network is null || Networks.All(n => n.Value != Network)) return Forbid();
        Choices = await editor.LoadChoicesAsync(Network.Value, [], null, ct);
        if (Choices is null) return NotFound();

        var now = clock.GetUtcNow().UtcDateTime;
        var practice = new Practice { NetworkId = Network.Value, CreatedAt = now, UpdatedAt = now };
        if (!await editor.ApplyAsync(practice, Form, Choices, ModelState, ct))
        {
            Form.AddBlankRows();
            return Page();
        }
        practice.AddRevision(RevisionAction.Created, user.Id, user.Name, [], now);
        db.Practices.Add(practice);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The draft was saved. Submit it for publication when the template is complete."].Value;
        return RedirectToPage("/Practices/Details", new { id = practice.Id, slug = Slugs.Of(practice.Title) });
    }
}
