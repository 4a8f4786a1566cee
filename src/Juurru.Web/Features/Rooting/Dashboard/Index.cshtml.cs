using Juurru.Data;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Rooting.Dashboard;

/// <summary>
/// A network's rooting dashboard: public figures for everyone, the follow-ups' progress for its coordinators; a print
/// view (<c>?view=print</c>) and the figures as CSV or XLSX.
/// </summary>
public sealed class IndexModel(JuurruDbContext db, Search.FacetTable facets, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    public RootingFigures Figures { get; private set; } = null!;
    public bool Print { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? view, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is not { } figures) return NotFound();
        Figures = figures;
        Print = view == "print";
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is not { } figures) return NotFound();
        var output = new MemoryStream();
        await Shared.Spreadsheets.WriteCsvAsync(output, RootingFigureTable.Rows(figures, GroupLabel), ct);
        output.Position = 0;
        return File(output, "text/csv; charset=utf-8", $"juurtuminen-{figures.Slug}-{figures.Today:yyyy-MM-dd}.csv");
    }

    public async Task<IActionResult> OnGetXlsxAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is not { } figures) return NotFound();
        var output = new MemoryStream();
        await Shared.Spreadsheets.WriteXlsxAsync(output, "Juurtuminen", RootingFigureTable.Rows(figures, GroupLabel), ct);
        output.Position = 0;
        return File(output, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"juurtuminen-{figures.Slug}-{figures.Today:yyyy-MM-dd}.xlsx");
    }

    public string GroupLabel(string breakdown, string key) => breakdown == "decision" ? DecisionLabel(key) : KindLabel(key);

    /// <summary>The words of kinds and decisions, as the page says them.</summary>
    public string KindLabel(string key) => L[key switch
    {
        "Model" => "Models",
        _ => "Good practices",
    }];

    public string DecisionLabel(string key) => L[key switch
    {
        "Model" => "Evaluated: model",
        "GoodPractice" => "Evaluated: good practice",
        "NeedsWork" => "Evaluated: needs work",
        _ => "Not evaluated",
    }];

    private Task<RootingFigures?> LoadAsync(string slug, CancellationToken ct) =>
        RootingDashboard.ForUserAsync(db, facets, slug, user, clock.GetUtcNow().UtcDateTime, Cultures.Current, ct);
}
