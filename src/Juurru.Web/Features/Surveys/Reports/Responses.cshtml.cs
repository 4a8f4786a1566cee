using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Surveys.Reports;

/// <summary>
/// The sent responses one by one, for finding and deleting a test answer, and "empty all" before the survey is opened for
/// real. Deleting takes the response's files and featured quotes with it, frees a named invitee to answer again, and leaves
/// a history entry with who and how many (nothing of the answers).
/// </summary>
[Authorize]
public sealed class ResponsesModel(JuurruDbContext db, IAuthorizationService auth, TimeProvider clock, AttachmentStore files,
    IStringLocalizer<SharedResource> L, Identity.CurrentUser user) : PageModel
{
    public const int PageSize = 50;
    private const int PreviewLength = 100;

    /// <summary>One response as the list shows it: when it was sent (as precisely as the anonymity keeps), who if the mode says, and a glimpse of the answers.</summary>
    public sealed record Row(long Id, DateTime SentAt, string? Who, int Answered, string? Preview);

    public Survey Survey { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Questions { get; private set; }
    public Pager Pager { get; private set; } = null!;
    public bool CanDelete { get; private set; }

    [BindProperty] public bool ConfirmEmpty { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int? page, CancellationToken ct)
    {
        if (await LoadAsync(id, SurveyOperations.ViewResponses, ct) is { } refused) return refused;
        await ListAsync(page ?? 1, ct);
        return Page();
    }

    /// <summary>One response, e.g. a test answer given before opening.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, long response, CancellationToken ct)
    {
        if (await LoadAsync(id, SurveyOperations.ManageResponses, ct) is { } refused) return refused;
        var deleted = await DeleteAsync(db.SurveyResponses.Where(r => r.SurveyId == id && r.Id == response), SurveyAction.ResponseDeleted, ct);
        if (deleted == 0) return NotFound();
        TempData["Message"] = L["The response was deleted."].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>Every response, sent or not, after an explicit confirmation: the survey starts again from no answers.</summary>
    public async Task<IActionResult> OnPostEmptyAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, SurveyOperations.ManageResponses, ct) is { } refused) return refused;
        if (!ConfirmEmpty)
        {
            ModelState.AddModelError(nameof(ConfirmEmpty), L["Tick the box to confirm that every response is to be deleted."]);
            await ListAsync(1, ct);
            return Page();
        }
        var deleted = await DeleteAsync(db.SurveyResponses.Where(r => r.SurveyId == id), SurveyAction.ResponsesEmptied, ct);
        TempData["Message"] = L.Plural(deleted, "{0} response was deleted.", "{0} responses were deleted.").Value;
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// Deletes the responses, their files' rows, and (by cascade) their featured quotes in one transaction, marks their
    /// named invitations unanswered, records the history entry, and only after the commit removes the stored files.
    /// </summary>
    private async Task<int> DeleteAsync(IQueryable<SurveyResponse> responses, SurveyAction action, CancellationToken ct)
    {
        var surveyId = Survey.Id;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var keys = await responses.Select(r => r.Key).ToListAsync(ct);
        if (keys.Count == 0) return 0;
        var invitations = await responses.Where(r => r.InvitationId != null).Select(r => r.InvitationId!.Value).ToListAsync(ct);
        var emptying = action == SurveyAction.ResponsesEmptied;
        var fileRows = db.SurveyFiles.Where(f => f.SurveyId == surveyId && (emptying || keys.Contains(f.ResponseKey)));
        var stored = await fileRows.Select(f => f.StoredName).ToListAsync(ct);
        await fileRows.ExecuteDeleteAsync(ct);
        var deleted = await responses.ExecuteDeleteAsync(ct);
        // Emptying frees every invitee; one deleted response frees the invitee it is known to belong to (named surveys only).
        await db.SurveyInvitations.Where(i => i.SurveyId == surveyId && (emptying || invitations.Contains(i.Id)))
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Answered, false), ct);
        db.SurveyHistory.Add(SurveyHistoryEntry.Of(surveyId, action, deleted, user, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        foreach (var name in stored) files.Delete(name);
        return deleted;
    }

    private async Task ListAsync(int page, CancellationToken ct)
    {
        var sent = db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == Survey.Id && r.Status == ResponseStatus.Submitted);
        Total = await sent.CountAsync(ct);
        page = Math.Clamp(page, 1, Pager.PageCount(Total, PageSize));
        Pager = new Pager(page, Pager.PageCount(Total, PageSize), p => Pager.Link(Request, [new("page", p.ToString())]));
        var definition = Survey.Definition;
        var questions = definition.Questions.ToList();
        var open = questions.Where(q => q.Type is QuestionType.ShortText or QuestionType.LongText).Select(q => q.Key).ToList();
        Questions = questions.Count;
        var reader = new Answers.Reader();
        var rows = await sent.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new { r.Id, r.SubmittedAt, r.UpdatedAt, r.RespondentCode, r.RespondentName, r.AnswersJson }).ToListAsync(ct);
        Rows = rows.Select(r =>
        {
            var answers = reader.Read(r.AnswersJson);
            var preview = open.Select(answers.Single).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
            if (preview is { Length: > PreviewLength }) preview = preview[..(PreviewLength - 1)].TrimEnd() + "…";
            return new Row(r.Id, r.SubmittedAt ?? r.UpdatedAt, r.RespondentName ?? r.RespondentCode, questions.Count(q => answers.Has(q.Key)), preview);
        }).ToList();
    }

    private async Task<IActionResult?> LoadAsync(int id, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        var (survey, refusal) = await this.FindAsync(db, auth, id, operation, ct);
        if (refusal is not null) return refusal;
        Survey = survey!;
        CanDelete = (await auth.AuthorizeAsync(User, SurveyAccess.Of(Survey), SurveyOperations.ManageResponses)).Succeeded;
        return null;
    }
}
