using Juurru.Data;
using Juurru.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Surveys.Reports;

/// <summary>A report its coordinator published: the figures for anyone with the address, without the open answers.</summary>
public sealed class PublicReportModel(JuurruDbContext db) : PageModel
{
    public ReportFigures Figures { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.ReportKey == key, ct);
        if (survey is null) return NotFound();
        Figures = await ReportQuery.LoadAsync(db, survey, Cultures.Current, ct);
        return Page();
    }
}
