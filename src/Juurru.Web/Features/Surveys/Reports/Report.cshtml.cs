using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Surveys.Reports;

/// <summary>The survey's report for those who manage it: n for every question, charts with their data tables.</summary>
[Authorize, PdfOfPage]
public sealed class ReportModel(JuurruDbContext db, IAuthorizationService auth, IStringLocalizer<SharedResource> L, Practices.AttachmentStore files,
    PdfPrinter pdf) : PageModel
{
    public Survey Survey { get; private set; } = null!;
    public ReportFigures Figures { get; private set; } = null!;

    public bool HasGroups { get; private set; }

    /// <summary>Groups to look at: each respondent group ("group:id"), and every choice of every choice question ("question:value").</summary>
    public IReadOnlyList<(string Value, string Label)> Filters { get; private set; } = [];

    /// <summary>Names of the files respondents attached, by key (File questions).</summary>
    public IReadOnlyDictionary<string, string> FileNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>The report as one self-contained HTML file (styles inline, no links back), to send or archive as it is.</summary>
    public bool Standalone { get; private set; }

    /// <summary>Whether the open answers are written out: on the page, and in a download only when asked for.</summary>
    public bool ShowsOpenAnswers { get; private set; } = true;

    /// <summary>The answering period and whose answers are shown: with n, what a reader of any one page needs to place the figures.</summary>
    public string Period { get; private set; } = "";
    public string Shown { get; private set; } = "";

    public bool CanPrintPdf => pdf.IsAvailable;

    /// <summary>The downloaded report leaves the open answers out, as the published one does, unless asked for them.</summary>
    public async Task<IActionResult> OnGetHtmlAsync(int id, string? filter, bool openAnswers, CancellationToken ct)
    {
        var result = await OnGetAsync(id, filter, ct);
        if (result is not PageResult) return result;
        Standalone = true;
        ShowsOpenAnswers = openAnswers;
        Response.Headers.ContentDisposition = $"attachment; filename=\"survey-{id}-report{(openAnswers ? "-with-open-answers" : "")}.html\"";
        return result;
    }

    /// <summary>
    /// The report as an A4 PDF printed by Chromium, with the title, n, dates and filter at the top of every page; open
    /// answers as in the HTML download. Without Chromium on the server, the report page says to print it from the browser.
    /// </summary>
    public async Task<IActionResult> OnGetPdfAsync(int id, string? filter, bool openAnswers, CancellationToken ct)
    {
        var result = await OnGetAsync(id, filter, ct);
        if (result is not PageResult) return result;
        if (!pdf.IsAvailable)
        {
            TempData["Message"] = L["This server cannot make PDF files: print the report from your browser and choose \"Save as PDF\"."].Value;
            return RedirectToPage(new { id, filter });
        }
        Standalone = true;
        ShowsOpenAnswers = openAnswers;
        PdfOfPageAttribute.Request(HttpContext, $"survey-{id}-report.pdf", $"{Figures.Title} · n = {Figures.Responses} · {Period} · {Shown}", L["Page"]);
        return result;
    }

    /// <summary>The report's figures as a workbook, one sheet per question (see <see cref="FigureExport"/>).</summary>
    public async Task<IActionResult> OnGetXlsxAsync(int id, string? filter, CancellationToken ct)
    {
        var result = await OnGetAsync(id, filter, ct);
        if (result is not PageResult) return result;
        var filterLabel = Filters.FirstOrDefault(x => x.Value == Figures.Filter).Label;
        Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Response.Headers.ContentDisposition = $"attachment; filename=\"survey-{id}-figures.xlsx\"";
        await Spreadsheets.WriteXlsxAsync(Response.Body, FigureExport.Sheets(Figures, filterLabel, DateTime.UtcNow, L), ct);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnGetAsync(int id, string? filter, CancellationToken ct)
    {
        if (await LoadAsync(id, SurveyOperations.ViewReport, ct) is { } refused) return refused;
        Figures = await ReportQuery.LoadAsync(db, Survey, Cultures.Current, ct, filter);
        var culture = Cultures.Current;
        var groups = await db.RespondentGroups.AsNoTracking().Where(g => g.SurveyId == id).OrderBy(g => g.Name).ToListAsync(ct);
        HasGroups = groups.Count > 0;
        if (Survey.Definition.Questions.Any(q => q.Type == QuestionType.File))
            FileNames = await db.SurveyFiles.Where(f => f.SurveyId == id).ToDictionaryAsync(f => f.Key, f => f.FileName, StringComparer.Ordinal, ct);
        Filters = groups.Select(g => ($"{ReportQuery.GroupFilterPrefix}{g.Id}", L["Group: {0}", g.Name].Value))
            .Concat(Survey.Definition.Questions.Where(q => q.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice)
                .SelectMany(q => q.Options.Select(o => ($"{q.Key}:{o.Value}", $"{q.Text.In(culture)}: {o.Text.In(culture)}")))).ToList();
        Period = Survey.OpensAt is not { } opens ? L["no answering period"].Value
            : Survey.ClosesAt is { } closes ? $"{Dates.Day(opens)}–{Dates.Day(closes)}" : L["from {0}", Dates.Day(opens)].Value;
        Shown = Filters.FirstOrDefault(x => x.Value == Figures.Filter).Label ?? L["All respondents"].Value;
        return Page();
    }

    /// <summary>A file a respondent attached, to those who manage the survey.</summary>
    public async Task<IActionResult> OnGetFileAsync(int id, string key, CancellationToken ct)
    {
        if (await LoadAsync(id, SurveyOperations.ViewResponses, ct) is { } refused) return refused;
        return FileDownload.Of(Response, files, await db.SurveyFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Key == key && f.SurveyId == id, ct));
    }

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) => SetPublishedAsync(id, true, ct);

    public Task<IActionResult> OnPostUnpublishAsync(int id, CancellationToken ct) => SetPublishedAsync(id, false, ct);

    private async Task<IActionResult> SetPublishedAsync(int id, bool publish, CancellationToken ct)
    {
        if (await LoadAsync(id, SurveyOperations.PublishReport, ct) is { } refused) return refused;
        var tracked = await db.Surveys.SingleAsync(s => s.Id == id, ct);
        if (publish) tracked.PublishReport();
        else tracked.UnpublishReport();
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        var (survey, refusal) = await this.FindAsync(db, auth, id, operation, ct);
        if (refusal is not null) return refusal;
        Survey = survey!;
        return null;
    }
}
