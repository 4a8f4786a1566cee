using System.ComponentModel.DataAnnotations;
using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Evaluation;

/// <summary>A coordinator starts a round: its name, deadline, instructions and the practices it evaluates.</summary>
[Authorize]
public sealed class CreateRoundModel(JuurruDbContext db, IAuthorizationService auth, RoundWork rounds, TimeProvider clock,
    IStringLocalizer<SharedResource> L) : PageModel
{
    public Networks.Network Network { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Title, PracticeKind Kind, PracticeStatus Status, string Projects, string Themes)> Candidates { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(200, ErrorMessage = "The name can be at most {1} characters long.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Give the deadline.")]
    [Display(Name = "Deadline")]
    public DateOnly? Deadline { get; set; }

    [BindProperty]
    [StringLength(10_000, ErrorMessage = "A text can be at most {1} characters long.")]
    public string? Instructions { get; set; }

    [BindProperty] public List<int> PracticeIds { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string network, CancellationToken ct)
    {
        if (await LoadAsync(network, ct) is { } refused) return refused;
        Deadline = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(21);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string network, CancellationToken ct)
    {
        if (await LoadAsync(network, ct) is { } refused) return refused;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (Deadline is { } d && d < today) ModelState.AddModelError(nameof(Deadline), L["The deadline cannot be in the past."]);
        if (PracticeIds.Count == 0) ModelState.AddModelError(nameof(PracticeIds), L["Choose at least one practice."]);
        if (!ModelState.IsValid) return Page();
        try
        {
            var round = await rounds.StartAsync(Network.Id, Name, Deadline!.Value, Instructions ?? "", PracticeIds, ct);
            TempData["Message"] = L["The round {0} was started. Invite its evaluators next.", round.Name].Value;
            return RedirectToPage("/Evaluation/Round", new { id = round.Id });
        }
        catch (EvaluationRuleException e)
        {
            ModelState.AddModelError(nameof(PracticeIds), L[e.Message]);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken ct)
    {
        var network = await db.Networks.AsNoTracking().SingleOrDefaultAsync(n => n.Slug == slug, ct);
        if (network is null) return NotFound();
        if (await this.RefuseUnlessAsync(auth, new Networks.NetworkAccess(network.Id), Networks.NetworkOperations.ManageEvaluation) is { } refused) return refused;
        Network = network;
        var candidates = await rounds.Eligible(network.Id).AsNoTracking()
            .OrderBy(p => p.Status).ThenBy(p => p.SortKey)
            .Select(p => new { p.Id, p.Title, p.Kind, p.Status, Projects = p.Projects.Select(x => x.Acronym ?? x.Name).ToList(),
                Themes = p.Themes.Where(t => t.ParentId == null).OrderBy(t => t.Code).Select(t => t.Code + ". " + t.Name).ToList() })
            .ToListAsync(ct);
        // Status, projects and themes are shown beside each title, so the picker's filter narrows the list by any of them.
        Candidates = candidates.Select(c => (c.Id, c.Title, c.Kind, c.Status, string.Join(", ", c.Projects), string.Join(", ", c.Themes))).ToList();
        return null;
    }
}
