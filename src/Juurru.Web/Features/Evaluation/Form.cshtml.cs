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

/// <summary>
/// One evaluation form: the evaluator saves a draft and submits; a facilitator corrects a workshop group's record.
/// Only the form's own evaluator (or, for a group, its facilitator or the coordinators) may open it, and never for a
/// practice of their own project or organisation.
/// </summary>
[Authorize]
public sealed class FormModel(JuurruDbContext db, IAuthorizationService auth, RoundWork rounds, IStringLocalizer<SharedResource> L) : PageModel
{
    public EvaluationRound Round { get; private set; } = null!;
    public Assignment Assignment { get; private set; } = null!;
    public PracticeCard Practice { get; private set; } = null!;
    public IReadOnlyList<RoundCriterion> Criteria { get; private set; } = [];

    [BindProperty] public ScoreForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Form = ScoreForm.Of(Assignment);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct) => SaveAsync(id, submit: false, ct);

    /// <summary>A post without a known button (e.g. Enter in an old browser) keeps what was filled in, as a draft.</summary>
    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) => SaveAsync(id, submit: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) => SaveAsync(id, submit: true, ct);

    private async Task<IActionResult> SaveAsync(int id, bool submit, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (submit && Assignment is { IsWorkshopGroup: false, Status: AssignmentStatus.Submitted })
        {
            // A second click on "submit" (or a retry after a lost answer) finds the evaluation already in: the same thanks, nothing stored twice.
            TempData["Message"] = L["The evaluation was submitted. Thank you!"].Value;
            return RedirectToPage("/Evaluation/Index");
        }
        try
        {
            await rounds.RecordAsync(Round, Assignment, Form.Inputs, Form.Comment ?? "", submit, ct);
        }
        catch (EvaluationIncompleteException e)
        {
            ScoreForm.AddMissing(ModelState, e, c => L["Choose a score for {0}.", c.Name.In(Cultures.Current)]);
            return Page();
        }
        catch (EvaluationRuleException e)
        {
            ModelState.AddModelError("", L[e.Message]);
            return Page();
        }
        TempData["Message"] = submit ? L["The evaluation was submitted. Thank you!"].Value : L["The draft was saved. You can continue later."].Value;
        return submit ? RedirectToPage("/Evaluation/Index") : RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var assignment = await db.Assignments.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (assignment is null) return NotFound();
        var round = await rounds.LoadAsync(assignment.RoundId, ct);
        if (await this.RefuseUnlessAsync(auth, AssignmentAccess.Of(assignment, round!), EvaluationOperations.FillForm) is { } refused) return refused;
        Round = round!;
        Assignment = round!.Assignments.Single(a => a.Id == id);
        Criteria = round.CriteriaOf(assignment.Phase).ToList();
        Practice = (await db.Practices.Where(p => p.Id == assignment.PracticeId).ToCardsAsync(ct)).Single();
        return null;
    }
}
