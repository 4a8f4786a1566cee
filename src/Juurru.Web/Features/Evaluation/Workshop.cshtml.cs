using System.ComponentModel.DataAnnotations;
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

/// <summary>
/// Workshop mode: during a live workshop a facilitator records each small group's scores and comments on its behalf,
/// one short form per group, then moves on to the next. Coordinators facilitate either phase, peer evaluators the peer phase.
/// </summary>
[Authorize]
public sealed class WorkshopModel(JuurruDbContext db, CurrentUser user, IAuthorizationService auth, RoundWork rounds, IStringLocalizer<SharedResource> L) : PageModel
{
    public EvaluationRound Round { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Title)> Practices { get; private set; } = [];
    public IReadOnlyList<EvaluationPhase> Phases { get; private set; } = [];
    public int? PracticeId { get; private set; }
    public EvaluationPhase Phase { get; private set; }
    public IReadOnlyList<Assignment> Recorded { get; private set; } = [];
    public IReadOnlyList<RoundCriterion> Criteria { get; private set; } = [];

    [BindProperty] public ScoreForm Form { get; set; } = new();

    [BindProperty]
    [Required(ErrorMessage = "Name the group.")]
    [StringLength(100, ErrorMessage = "The name can be at most {1} characters long.")]
    [Display(Name = "Group")]
    public string? Group { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int? practice, EvaluationPhase? phase, CancellationToken ct)
    {
        if (await LoadAsync(id, practice, phase, ct) is { } refused) return refused;
        Group = L["Group {0}", Recorded.Count + 1];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int practice, EvaluationPhase phase, CancellationToken ct)
    {
        if (await LoadAsync(id, practice, phase, ct) is { } refused) return refused;
        if (PracticeId is null) return NotFound();
        if (Recorded.Any(a => string.Equals(a.GroupLabel, Group?.Trim(), StringComparison.OrdinalIgnoreCase)))
            ModelState.AddModelError(nameof(Group), L["This group's scores are already recorded. Give another name, or correct the record below."]);
        if (!ModelState.IsValid) return Page();
        var assignment = new Assignment { PracticeId = practice, Phase = phase, EvaluatorId = user.Id!, GroupLabel = Group!.Trim(), Round = Round };
        try
        {
            Round.Assignments.Add(assignment);
            await rounds.RecordAsync(Round, assignment, Form.Inputs, Form.Comment ?? "", submit: true, ct);
        }
        catch (EvaluationIncompleteException e)
        {
            Round.Assignments.Remove(assignment);
            ScoreForm.AddMissing(ModelState, e, c => L["Choose a score for {0}.", c.Name.In(Cultures.Current)]);
            return Page();
        }
        catch (EvaluationRuleException e)
        {
            Round.Assignments.Remove(assignment);
            ModelState.AddModelError("", L[e.Message]);
            return Page();
        }
        catch (DbUpdateException)
        {
            // The same group sent twice at once (a double tap): the unique index keeps one; the second is told.
            ModelState.AddModelError(nameof(Group), L["This group's scores are already recorded. Give another name, or correct the record below."]);
            return Page();
        }
        TempData["Message"] = L["The scores of {0} were saved.", assignment.GroupLabel!].Value;
        return RedirectToPage(new { id, practice, phase });
    }

    private async Task<IActionResult?> LoadAsync(int id, int? practice, EvaluationPhase? phase, CancellationToken ct)
    {
        var round = await rounds.LoadAsync(id, ct);
        if (round is null) return NotFound();
        var access = RoundAccess.Of(round);
        if (await this.RefuseUnlessAsync(auth, access, EvaluationOperations.RunWorkshop) is { } refused) return refused;
        // Peers facilitate the peer phase; the coordinator records every phase.
        var coordinator = (await auth.AuthorizeAsync(User, access, EvaluationOperations.ManageRound)).Succeeded;
        var scope = await user.GetScopeAsync(ct);
        if (!round.IsOpen)
        {
            TempData["Error"] = L["The round is closed."].Value;
            return RedirectToPage("/Evaluation/Index");
        }
        Round = round;
        Phases = new[] { EvaluationPhase.Peer, EvaluationPhase.Expert }
            .Where(p => round.CriteriaOf(p).Any() && (coordinator || p == EvaluationPhase.Peer)).ToList();
        Phase = phase is { } chosen && Phases.Contains(chosen) ? chosen : Phases.FirstOrDefault();
        if (phase is not null && phase != Phase) return Forbid();

        var ids = round.Practices.Select(p => p.PracticeId).ToList();
        var conflicted = await ConflictOfInterest.PracticesOfAsync(db, scope.UserId!, ids, ct);
        if (practice is { } chosenPractice && conflicted.Contains(chosenPractice))
        {
            // The conflict-of-interest rule holds in workshops too: the facilitator may not record scores for their own project.
            TempData["Error"] = L["You cannot evaluate a practice of your own project or organisation."].Value;
            return RedirectToPage(new { id });
        }
        Practices = (await db.Practices.Where(p => ids.Contains(p.Id) && !conflicted.Contains(p.Id)).OrderBy(p => p.SortKey)
            .Select(p => new { p.Id, p.Title }).ToListAsync(ct)).Select(p => (p.Id, p.Title)).ToList();
        if (practice is not null && Practices.All(p => p.Id != practice)) return NotFound();
        PracticeId = practice;
        Criteria = round.CriteriaOf(Phase).ToList();
        Recorded = round.Assignments.Where(a => a.IsWorkshopGroup && a.PracticeId == practice && a.Phase == Phase).OrderBy(a => a.Id).ToList();
        return null;
    }
}
