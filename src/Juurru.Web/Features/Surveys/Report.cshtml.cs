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

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (survey is null) return NotFound();
        if (!(await user.GetScopeAsync(ct)).Manages(survey)) return Forbid();
        Survey = survey;
        Figures = await ReportQuery.LoadAsync(db, survey, Cultures.Current, ct);
        return Page();
    }
}
