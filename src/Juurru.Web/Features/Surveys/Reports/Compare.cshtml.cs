using Juurru.Data;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Surveys.Reports;

/// <summary>
/// Figures side by side: the respondent groups (<c>by=groups</c>), or the earlier survey this one follows up and this
/// one (<c>by=prepost</c>), with each pseudonymous respondent's answers paired by code when both surveys have codes.
/// </summary>
[Authorize]
public sealed class CompareModel(JuurruDbContext db, IAuthorizationService auth, IStringLocalizer<SharedResource> L) : PageModel
{
    public Survey Survey { get; private set; } = null!;
    public string By { get; private set; } = "groups";
    public IReadOnlyList<ReportColumn> Columns { get; private set; } = [];
    public int? Pairs { get; private set; }
    public IReadOnlyList<PairedRow> Paired { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string? by, CancellationToken ct)
    {
        var (survey, refusal) = await this.FindAsync(db, auth, id, SurveyOperations.ViewReport, ct);
        if (survey is null) return refusal!;
        Survey = survey;
        var culture = Cultures.Current;
        if (by != "prepost")
        {
            Columns = await ReportQuery.ByGroupAsync(db, survey, culture, L["Open link"], ct);
            return Page();
        }
        By = "prepost";
        // The earlier survey's figures are shown only to someone who manages it too.
        if (survey.PairedSurveyId is not { } earlierId) return NotFound();
        var (earlier, _) = await this.FindAsync(db, auth, earlierId, SurveyOperations.ViewReport, ct);
        if (earlier is null) return NotFound();
        Columns =
        [
            await ReportQuery.ColumnAsync(db, earlier, L["Before: {0}", earlier.Title], culture, ct),
            await ReportQuery.ColumnAsync(db, survey, L["After: {0}", survey.Title], culture, ct),
        ];
        if (earlier.Anonymity == Anonymity.Pseudonymous && survey.Anonymity == Anonymity.Pseudonymous)
        {
            var (pairs, rows) = PairedChange.Compute(earlier.Definition, survey.Definition,
                await ReportQuery.ByCodeAsync(db, earlier.Id, ct), await ReportQuery.ByCodeAsync(db, survey.Id, ct), culture);
            Pairs = pairs;
            Paired = rows;
        }
        return Page();
    }
}
