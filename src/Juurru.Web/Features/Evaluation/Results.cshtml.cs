using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Evaluation;

/// <summary>A practice's results in a round for the coordinators: scores, spread, every comment with its author, and the decision.</summary>
[Authorize]
public sealed class ResultsModel(JuurruDbContext db, CurrentUser user, IAuthorizationService auth, RoundWork rounds, TimeProvider clock,
    IStringLocalizer<SharedResource> L) : PageModel
{
    public EvaluationRound Round { get; private set; } = null!;
    public RoundPractice Entry { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public IReadOnlyList<PhaseSummary> Summary { get; private set; } = [];

    [BindProperty] public EvaluationDecision? Decision { get; set; }
    [BindProperty] public string? Statement { get; set; }
    [BindProperty] public bool PublishStatement { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int practiceId, CancellationToken ct)
    {
        if (await LoadAsync(id, practiceId, ct) is { } refused) return refused;
        Decision = Entry.Decision;
        Statement = Entry.Statement;
        PublishStatement = Entry.Decision is null || Entry.PublishStatement;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int practiceId, CancellationToken ct)
    {
        if (await LoadAsync(id, practiceId, ct) is { } refused) return refused;
        if (Decision is null) ModelState.AddModelError(nameof(Decision), L["Choose the decision."]);
        if (string.IsNullOrWhiteSpace(Statement)) ModelState.AddModelError(nameof(Statement), L["Write a statement: the project reads it as the reason for the decision."]);
        else if (Statement.Length > 10_000) ModelState.AddModelError(nameof(Statement), L["A text can be at most {0} characters long.", 10_000]);
        if (!ModelState.IsValid) return Page();
        try
        {
            Entry.Decide(Decision!.Value, Statement!, PublishStatement, user.Id, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }
        catch (EvaluationRuleException e)
        {
            ModelState.AddModelError("", L[e.Message]);
            return Page();
        }
        TempData["Message"] = L["The decision was saved. It becomes public when the round is closed."].Value;
        return RedirectToPage("/Evaluation/Round", new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, int practiceId, CancellationToken ct)
    {
        var round = await rounds.LoadAsync(id, ct);
        if (round is null) return NotFound();
        if (await this.RefuseUnlessAsync(auth, RoundAccess.Of(round), EvaluationOperations.ManageRound) is { } refused) return refused;
        var entry = round.Practices.SingleOrDefault(p => p.PracticeId == practiceId);
        if (entry is null) return NotFound();
        Round = round;
        Entry = entry;
        Title = await db.Practices.Where(p => p.Id == practiceId).Select(p => p.Title).SingleAsync(ct);
        var userIds = round.Assignments.Select(a => a.EvaluatorId).Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Summary = Aggregation.Summarize(round, practiceId, (a, _) => a.IsWorkshopGroup
            ? L["{0} (recorded by {1})", a.GroupLabel!, names.GetValueOrDefault(a.EvaluatorId) ?? ""]
            : names.GetValueOrDefault(a.EvaluatorId) ?? "");
        return null;
    }
}
