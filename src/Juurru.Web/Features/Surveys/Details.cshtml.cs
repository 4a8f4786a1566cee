using System.Text;
using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Features.Surveys.Building;
using Juurru.Features.Surveys.Reports;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Surveys;

/// <summary>A survey for those who manage it: its open link, answering period, answer counts, structure, and the definition as JSON.</summary>
[Authorize]
public sealed class DetailsModel(JuurruDbContext db, IAuthorizationService auth, TimeProvider clock, IStringLocalizer<SharedResource> L,
    Identity.CurrentUser user) : PageModel
{
    public Survey Survey { get; private set; } = null!;
    public string Owner { get; private set; } = "";
    public SurveyState State { get; private set; }
    public int Submitted { get; private set; }
    public int InProgress { get; private set; }
    public string OpenLink { get; private set; } = "";
    public IReadOnlyList<SurveyHistoryEntry> History { get; private set; } = [];

    [BindProperty] public DateTime? OpensAt { get; set; }
    [BindProperty] public DateTime? ClosesAt { get; set; }
    [BindProperty] public IFormFile? DefinitionFile { get; set; }
    [BindProperty] public IFormFile? ResponsesFile { get; set; }
    [BindProperty] public string? CopyTitle { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, SurveyOperations.Read, ct) is { } refused) return refused;
        OpensAt = Survey.OpensAt is { } opensAt ? Dates.ToHelsinki(opensAt) : null; // the fields are Helsinki time
        ClosesAt = Survey.ClosesAt is { } closesAt ? Dates.ToHelsinki(closesAt) : null;
        CopyTitle = Survey.Title;
        return Page();
    }

    /// <summary>The definition as a JSON file: to keep, to edit elsewhere, or to start another survey from.</summary>
    public async Task<IActionResult> OnGetDefinitionAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, SurveyOperations.Read, ct) is { } refused) return refused;
        return File(Encoding.UTF8.GetBytes(Survey.DefinitionJson), "application/json", $"survey-{Survey.Id}.json");
    }

    /// <summary>
    /// Sent responses, one row each (see <see cref="ResponseExport"/>): "xlsx" a workbook people read (labels, Helsinki
    /// times); "xlsx-codes" the codes with a sheet that explains them; "csv-excel" labels in the CSV form Excel of the page's
    /// language opens directly; "csv" the machine form (codes, commas, UTC), which the response import reads back.
    /// </summary>
    public async Task<IActionResult> OnGetResponsesAsync(int id, string format, CancellationToken ct)
    {
        if (await LoadAsync(id, SurveyOperations.ViewResponses, ct) is { } refused) return refused;
        var culture = Cultures.Current;
        var form = format is "csv" or "xlsx-codes" ? ResponseForm.Codes : ResponseForm.Labels;
        var rows = ResponseExport.RowsAsync(db, Survey, form, culture, L, ct);
        var xlsx = format.StartsWith("xlsx", StringComparison.Ordinal);
        Response.ContentType = xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"survey-{id}-responses{(form == ResponseForm.Codes ? "-codes" : "")}.{(xlsx ? "xlsx" : "csv")}\"";
        if (xlsx)
        {
            List<TableSheet> sheets = [new(L["Answers"], rows)];
            if (form == ResponseForm.Codes) sheets.Add(new(L["Codes"], ResponseExport.CodeBook(Survey.Definition, culture, L)));
            await Spreadsheets.WriteXlsxAsync(Response.Body, sheets, ct);
        }
        else await Spreadsheets.WriteCsvAsync(Response.Body, rows, ct, format == "csv" ? null : Spreadsheets.SpreadsheetCulture(culture));
        return new EmptyResult();
    }

    public async Task<IActionResult> OnPostScheduleAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, SurveyOperations.Edit, ct) is { } refused) return refused;
        if (OpensAt is { } o && ClosesAt is { } c && c <= o) ModelState.AddModelError(nameof(ClosesAt), L["The closing time must be after the opening time."]);
        if (OpensAt is null && ClosesAt is not null) ModelState.AddModelError(nameof(OpensAt), L["Give the opening time too."]);
        if (OpensAt is not null)
            foreach (var e in SurveyFormat.Readiness(Survey.Definition)) ModelState.AddModelError(nameof(OpensAt), L[e.Message, e.Args]);
        if (!ModelState.IsValid) return Page();
        var tracked = await db.Surveys.SingleAsync(s => s.Id == id, ct);
        tracked.OpensAt = OpensAt is { } opens ? Dates.FromHelsinki(opens) : null;
        tracked.ClosesAt = ClosesAt is { } closes ? Dates.FromHelsinki(closes) : null;
        tracked.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The answering period was saved."].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>"Open now": answers are taken from this moment; a closing time already passed is dropped, a later one kept.</summary>
    public async Task<IActionResult> OnPostOpenNowAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, SurveyOperations.Edit, ct) is { } refused) return refused;
        if (State == SurveyState.Open) ModelState.AddModelError("", L["The survey is already open."]);
        foreach (var e in SurveyFormat.Readiness(Survey.Definition)) ModelState.AddModelError("", L[e.Message, e.Args]);
        if (!ModelState.IsValid) return Page();
        return await ChangeNowAsync(id, SurveyAction.Opened, (survey, now) =>
        {
            survey.OpensAt = now;
            if (survey.ClosesAt <= now) survey.ClosesAt = null;
        }, L["The survey is open for answers."], ct);
    }

    /// <summary>"Close now": no new answers from this moment; answers already sent stay.</summary>
    public async Task<IActionResult> OnPostCloseNowAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, SurveyOperations.Edit, ct) is { } refused) return refused;
        if (State != SurveyState.Open) ModelState.AddModelError("", L["Only an open survey can be closed."]);
        if (!ModelState.IsValid) return Page();
        return await ChangeNowAsync(id, SurveyAction.Closed, (survey, now) => survey.ClosesAt = now, L["The survey was closed."], ct);
    }

    /// <summary>Changes the answering period as of now and records who did it in the survey's history.</summary>
    private async Task<IActionResult> ChangeNowAsync(int id, SurveyAction action, Action<Survey, DateTime> change, string message, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var tracked = await db.Surveys.SingleAsync(s => s.Id == id, ct);
        change(tracked, now);
        tracked.UpdatedAt = now;
        db.SurveyHistory.Add(SurveyHistoryEntry.Of(id, action, 0, user, now));
        await db.SaveChangesAsync(ct);
        TempData["Message"] = message;
        return RedirectToPage(new { id });
    }

    /// <summary>A new definition replaces the old one only while nobody has answered: answers must match the questions they were given to.</summary>
    public async Task<IActionResult> OnPostReplaceAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, SurveyOperations.Edit, ct) is { } refused) return refused;
        if (Submitted + InProgress > 0) ModelState.AddModelError(nameof(DefinitionFile), L["The survey already has answers; its questions can no longer be replaced."]);
        else Uploads.Check(ModelState, L, nameof(DefinitionFile), DefinitionFile, SurveyFormat.MaxBytes, "Choose a survey definition file (JSON).", ".json");
        if (!ModelState.IsValid) return Page();
        using var reader = new StreamReader(DefinitionFile!.OpenReadStream());
        var (definition, errors) = SurveyFormat.Parse(await reader.ReadToEndAsync(ct));
        if (definition is null)
        {
            foreach (var e in errors) ModelState.AddModelError(nameof(DefinitionFile), L[e.Message, e.Args]);
            return Page();
        }
        var tracked = await db.Surveys.SingleAsync(s => s.Id == id, ct);
        tracked.Define(definition);
        tracked.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The questions were replaced."].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// A new survey with the same questions, owner and anonymity under the name the coordinator gives (it shows in every
    /// comparison column): no answering period, answers, invitees or published report.
    /// </summary>
    public async Task<IActionResult> OnPostCopyAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, SurveyOperations.Edit, ct) is { } refused) return refused;
        var title = CopyTitle?.Trim() ?? "";
        if (title.Length == 0) ModelState.AddModelError(nameof(CopyTitle), L["Name the copy."]);
        else if (title.Length > 300) ModelState.AddModelError(nameof(CopyTitle), L["The name can be at most {0} characters long.", 300]);
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow().UtcDateTime;
        var definition = new SurveyEditor(Survey.Definition).Definition;
        definition.Title = Juurru.Features.Shared.LocalizedText.Of(title, definition.Title.Sv, definition.Title.En);
        var copy = new Survey { NetworkId = Survey.NetworkId, ProjectId = Survey.ProjectId, Anonymity = Survey.Anonymity, CreatedAt = now, UpdatedAt = now };
        copy.Define(definition);
        db.Surveys.Add(copy);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The survey was copied. Set the answering period when it is ready."].Value;
        return RedirectToPage(new { id = copy.Id });
    }

    /// <summary>Responses collected elsewhere, stored as sent: all rows of the file or none (see <see cref="ResponseImport"/>).</summary>
    public async Task<IActionResult> OnPostImportResponsesAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, SurveyOperations.ManageResponses, ct) is { } refused) return refused;
        Uploads.Check(ModelState, L, nameof(ResponsesFile), ResponsesFile, ResponseImport.MaxBytes, "Choose a CSV file.", ".csv", ".txt");
        if (!ModelState.IsValid) return Page();
        var groups = await db.RespondentGroups.AsNoTracking().Where(g => g.SurveyId == id).ToListAsync(ct);
        using var reader = new StreamReader(ResponsesFile!.OpenReadStream());
        var (responses, errors, ignored) = ResponseImport.Read(reader, Survey.Definition, Survey.Anonymity, groups);
        const int shown = 50;
        foreach (var e in errors.Take(shown))
        {
            var message = L[e.Message, e.Args].Value;
            ModelState.AddModelError(nameof(ResponsesFile), e.Row == 0 ? message
                : e.Column is null ? L["Row {0}: {1}", e.Row, message] : L["Row {0}, column \"{1}\": {2}", e.Row, e.Column, message]);
        }
        if (errors.Count > shown) ModelState.AddModelError(nameof(ResponsesFile), L.Plural(errors.Count - shown, "… and {0} more problem.", "… and {0} more problems."));
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(ResponsesFile), L["Nothing was imported."]);
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var a = Survey.Anonymity;
        // Imported answers keep what answers given here would (an anonymous group counts its rows in the file).
        var groupSizes = responses.Where(r => r.GroupId is not null).CountBy(r => r.GroupId!.Value).ToDictionary();
        db.SurveyResponses.AddRange(responses.Select(r => new SurveyResponse
        {
            SurveyId = id, Key = SurveyResponse.NewKey(), Status = ResponseStatus.Submitted, AnswersJson = r.Answers.ToJson(),
            Language = ResponseRecord.Language(a, r.Language),
            GroupId = ResponseRecord.Group(a, Survey.ReportsByGroup, r.GroupId, r.GroupId is { } g ? groupSizes[g] : 0),
            RespondentCode = r.Code, RespondentName = r.Name, StartedAt = ResponseRecord.Time(a, r.SubmittedAt ?? now),
            UpdatedAt = ResponseRecord.Time(a, now), SubmittedAt = ResponseRecord.Time(a, r.SubmittedAt ?? now),
        }));
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L.Plural(responses.Count, "{0} response was imported.", "{0} responses were imported.").Value
            + (ignored.Count > 0 ? " " + L["Columns that match no question were left out: {0}.", string.Join(", ", ignored)].Value : "");
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Network).Include(s => s.Project).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (survey is null) return NotFound();
        if (await this.RefuseUnlessAsync(auth, SurveyAccess.Of(survey), operation) is { } refusal) return refusal;
        Survey = survey;
        Owner = survey.Project?.Name ?? survey.Network!.Name;
        State = survey.StateAt(clock.GetUtcNow().UtcDateTime);
        var counts = await db.SurveyResponses.Where(r => r.SurveyId == id).GroupBy(r => r.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        Submitted = counts.Where(c => c.Key == ResponseStatus.Submitted).Sum(c => c.Count);
        InProgress = counts.Where(c => c.Key == ResponseStatus.InProgress).Sum(c => c.Count);
        History = await db.SurveyHistory.AsNoTracking().Where(h => h.SurveyId == id).OrderByDescending(h => h.At).Take(100).ToListAsync(ct);
        OpenLink = HttpContext.RequestServices.GetRequiredService<IOptions<JuurruOptions>>().Value.Absolute(Url.Page("/Surveys/Answering/Start", new { link = survey.LinkKey })!);
        return null;
    }
}
