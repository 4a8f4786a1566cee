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

/// <summary>A round as its coordinators run it: practices and their progress, evaluators and invitations, reminders, closing.</summary>
[Authorize]
public sealed class RoundModel(JuurruDbContext db, IAuthorizationService auth, RoundWork rounds, EvaluationReminders reminders, TimeProvider clock,
    IStringLocalizer<SharedResource> L) : PageModel
{
    public EvaluationRound Round { get; private set; } = null!;
    public IReadOnlyDictionary<int, string> Titles { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyDictionary<string, (string Name, string Email)> People { get; private set; } = new Dictionary<string, (string, string)>();
    public IReadOnlyList<(int Id, string Title)> Addable { get; private set; } = [];

    [BindProperty]
    [EmailAddress(ErrorMessage = "Check the e-mail address.")]
    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [BindProperty]
    [StringLength(200, ErrorMessage = "The name can be at most {1} characters long.")]
    public string? InviteName { get; set; }

    [BindProperty] public EvaluationPhase Phase { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ?? await ShowAsync(ct);

    public async Task<IActionResult> OnPostInviteAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (string.IsNullOrWhiteSpace(Email)) ModelState.AddModelError(nameof(Email), L["Enter an e-mail address."]);
        if (!ModelState.IsValid) return await ShowAsync(ct);
        try
        {
            var invited = await rounds.InviteAsync(Round, Email!, InviteName, Phase, ct);
            var message = L.Plural(invited.Assigned, "{1} was invited and has {0} practice to evaluate.", "{1} was invited and has {0} practices to evaluate.", invited.User.DisplayName).Value;
            if (invited.Conflicts.Count > 0)
                message += " " + L["Not given, because of the person's own project or organisation: {0}.", string.Join(", ", invited.Conflicts)].Value;
            if (!invited.Sent) message += " " + L["The invitation e-mail could not be sent; send a reminder later."].Value;
            TempData["Message"] = message;
            return RedirectToPage(new { id });
        }
        catch (EvaluationRuleException e)
        {
            ModelState.AddModelError(nameof(Email), L[e.Message]);
            return await ShowAsync(ct);
        }
    }

    public async Task<IActionResult> OnPostRemoveEvaluatorAsync(int id, string userId, EvaluationPhase phase, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
        return await TryAsync(async () =>
        {
            if (!await rounds.RemoveEvaluatorAsync(Round, userId, phase, ct)) throw new EvaluationRuleException("The person is not an evaluator of this round.");
        }, L["{0} is no longer an evaluator of the round. Submitted evaluations were kept.", name ?? ""]);
    }

    public async Task<IActionResult> OnPostAddPracticeAsync(int id, int practiceId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        return await TryAsync(() => rounds.AddPracticeAsync(Round, practiceId, ct), L["The practice was added to the round."]);
    }

    public async Task<IActionResult> OnPostDeadlineAsync(int id, DateOnly? deadline, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        return await TryAsync(async () =>
        {
            Round.RequireOpen();
            if (deadline is null || deadline < DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
                throw new EvaluationRuleException("The deadline cannot be in the past.");
            Round.Deadline = deadline.Value;
            await db.RoundEvaluators.Where(e => e.RoundId == Round.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.RemindedAt, (DateTime?)null), ct);
            await db.SaveChangesAsync(ct);
        }, L["The deadline was changed."]);
    }

    public async Task<IActionResult> OnPostRemindAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (!Round.IsOpen)
        {
            TempData["Error"] = L["The round is closed."].Value;
            return RedirectToPage(new { id });
        }
        var sent = await reminders.RemindAsync(Round.Id, onlyOnce: false, ct);
        TempData["Message"] = L["Reminders sent: {0}.", sent].Value;
        return RedirectToPage(new { id });
    }

    /// <param name="confirm">Closing cannot be undone, so the form asks for a ticked box (no script needed).</param>
    public async Task<IActionResult> OnPostCloseAsync(int id, bool confirm, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (!confirm)
        {
            TempData["Error"] = L["Tick the box to confirm: a closed round cannot be opened again."].Value;
            return RedirectToPage(new { id });
        }
        RoundWork.Closed? closed = null;
        var result = await TryAsync(async () => closed = await rounds.CloseAsync(Round, ct), "");
        if (closed is not null) TempData["Message"] = ClosedMessage(closed);
        return result;
    }

    private string ClosedMessage(RoundWork.Closed closed)
    {
        var message = L.Plural(closed.PeopleTold, "The round was closed and the decisions are on the practice pages. {0} person in the projects was notified.",
            "The round was closed and the decisions are on the practice pages. {0} people in the projects were notified.").Value;
        return closed.PracticesWithNoOneToTell == 0 ? message : message + " " + L.Plural(closed.PracticesWithNoOneToTell,
            "Nobody was told about {0} practice: its projects have no members in Juurru.",
            "Nobody was told about {0} practices: their projects have no members in Juurru.").Value;
    }

    private async Task<IActionResult> TryAsync(Func<Task> work, string done)
    {
        try
        {
            await work();
            TempData["Message"] = done;
        }
        catch (EvaluationRuleException e)
        {
            TempData["Error"] = L[e.Message].Value;
        }
        return RedirectToPage(new { id = Round.Id });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var round = await rounds.LoadAsync(id, ct);
        if (round is null) return NotFound();
        if (await this.RefuseUnlessAsync(auth, RoundAccess.Of(round), EvaluationOperations.ManageRound) is { } refused) return refused;
        Round = round;
        return null;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var ids = Round.Practices.Select(p => p.PracticeId).ToList();
        Titles = await db.Practices.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        var userIds = Round.Evaluators.Select(e => e.UserId).Concat(Round.Assignments.Select(a => a.EvaluatorId)).Distinct().ToList();
        People = (await db.Users.Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct))
            .ToDictionary(u => u.Id, u => (u.DisplayName, u.Email ?? ""));
        if (Round.IsOpen)
            Addable = (await rounds.Eligible(Round.NetworkId).OrderBy(p => p.SortKey).Select(p => new { p.Id, p.Title }).ToListAsync(ct))
                .Select(p => (p.Id, p.Title)).ToList();
        return Page();
    }
}
