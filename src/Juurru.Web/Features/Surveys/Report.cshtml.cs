using Juurru.Data;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Surveys;

/// <summary>The survey's report for those who manage it: n for every question, charts with their data tables.</summary>
[Authorize]
public sealed class ReportModel(JuurruDbContext db, CurrentUser user) : PageModel
{
    public Survey Survey { get; private set; } = null!;
    public ReportFigures Figures { get; private set; } = null!;

    /// <summary>Groups to look at: every choice of every choice question ("question:value" → label).</summary>
    public IReadOnlyList<(string Value, string Label)> Filters { get; private set; } = [];

    /// <summary>The report as one self-contained HTML file (styles inline, no links back), to send or archive as it is.</summary>
    public bool Standalone { get; private set; }

    public async Task<IActionResult> OnGetHtmlAsync(int id, string? filter, CancellationToken ct)
    {
        var result = await OnGetAsync(id, filter, ct);
        if (result is not PageResult) return result;
        Standalone = true;
        Response.Headers.ContentDisposition = $"attachment; filename=\"survey-{id}-report.html\"";
        return result;
    }

    public async Task<IActionResult> OnGetAsync(int id, string? filter, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Figures = await ReportQuery.LoadAsync(db, Survey, Cultures.Current, ct, filter);
        var culture = Cultures.Current;
        Filters = Survey.Definition.Questions.Where(q => q.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice)
            .SelectMany(q => q.Options.Select(o => ($"{q.Key}:{o.Value}", $"{q.Text.In(culture)}: {o.Text.In(culture)}"))).ToList();
        return Page();
    }

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) => SetPublishedAsync(id, true, ct);

    public Task<IActionResult> OnPostUnpublishAsync(int id, CancellationToken ct) => SetPublishedAsync(id, false, ct);

    private async Task<IActionResult> SetPublishedAsync(int id, bool publish, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var tracked = await db.Surveys.SingleAsync(s => s.Id == id, ct);
        if (publish) tracked.PublishReport();
        else tracked.UnpublishReport();
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var (survey, refusal) = await SurveyRights.FindManagedAsync(db, user, id, ct);
        if (refusal is not null) return refusal;
        Survey = survey!;
        return null;
    }
}
