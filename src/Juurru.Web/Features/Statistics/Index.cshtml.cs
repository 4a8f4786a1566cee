using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Statistics;

/// <summary>
/// Public statistics of the method bank, the project registry and the organisations: across networks (the national
/// view) or of one network, narrowed by theme, years and region. Every chart is followed by its table; the figures
/// download as CSV or XLSX.
/// </summary>
public sealed class IndexModel(JuurruDbContext db, NetworkStatistics statistics, CoordinatorStatistics coordinator, CurrentUser user,
    IStringLocalizer<SharedResource> L) : PageModel
{
    public StatisticsFilter Filter { get; private set; } = new();
    public StatisticsFigures Figures { get; private set; } = null!;
    /// <summary>Survey response rates and evaluation rounds, for the networks the viewer coordinates (empty for others).</summary>
    public IReadOnlyList<Breakdown> CoordinatorFigures { get; private set; } = [];
    public string? NetworkName { get; private set; }
    public IReadOnlyList<Option<string>> Networks { get; private set; } = [];
    public IReadOnlyList<Option<string>> Themes { get; private set; } = [];
    public IReadOnlyList<Option<string>> Regions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery] StatisticsFilter filter, CancellationToken ct)
    {
        if (await LoadAsync(filter, ct) is { } refused) return refused;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync([FromQuery] StatisticsFilter filter, bool? excel, CancellationToken ct)
    {
        if (await LoadAsync(filter, ct) is { } refused) return refused;
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName}.csv\"";
        await Spreadsheets.WriteCsvAsync(Response.Body, StatisticsTable.Rows(Figures.All.Concat(CoordinatorFigures), L), ct, excel == true ? Spreadsheets.SpreadsheetCulture(Cultures.Current) : null);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnGetXlsxAsync([FromQuery] StatisticsFilter filter, CancellationToken ct)
    {
        if (await LoadAsync(filter, ct) is { } refused) return refused;
        Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName}.xlsx\"";
        await Spreadsheets.WriteXlsxAsync(Response.Body, Figures.All.Concat(CoordinatorFigures).Select(b => new TableSheet(b.Title, StatisticsTable.Rows([b], L))).ToList(), ct);
        return new EmptyResult();
    }

    private string FileName => $"juurru-statistics{(Filter.Network is { } n ? "-" + n : "")}-{DateTime.UtcNow:yyyy-MM-dd}";

    /// <summary>The address of this view through one of its download handlers (Csv, Xlsx).</summary>
    public string Link(string? handler, bool excel = false)
    {
        var values = Filter.ToQuery();
        if (handler is not null) values["handler"] = handler;
        if (excel) values["excel"] = "true";
        return Pager.Link(Request, values!);
    }

    private async Task<IActionResult?> LoadAsync(StatisticsFilter filter, CancellationToken ct)
    {
        Filter = filter;
        if (!string.IsNullOrWhiteSpace(filter.Network))
        {
            NetworkName = await db.Networks.Where(n => n.Slug == filter.Network).Select(n => n.Name).SingleOrDefaultAsync(ct);
            if (NetworkName is null) return NotFound();
        }
        if (!filter.YearsAreValid)
        {
            ModelState.AddModelError("from", L["Give the years between {0} and {1}, the first not after the last.", StatisticsFilter.FirstYear, StatisticsFilter.LastYear]);
            filter.From = filter.To = null;
        }
        var culture = Cultures.Current;
        Networks = await db.Networks.AsNoTracking().OrderBy(n => n.SortKey).Select(n => new Option<string>(n.Slug, n.Name)).ToListAsync(ct);
        Themes = (await db.Themes.AsNoTracking().Where(t => filter.Network == null || t.Network!.Slug == filter.Network)
                .OrderBy(t => t.Network!.SortKey).ThenBy(t => t.ParentId == null ? t.SortOrder : t.Parent!.SortOrder).ThenBy(t => t.ParentId != null).ThenBy(t => t.SortOrder)
                .Select(t => new { t.Id, t.Code, t.Name, t.ParentId, Network = t.Network!.Name }).ToListAsync(ct))
            .Select(t => new Option<string>(t.Id.ToString(), (t.ParentId is null ? "" : "– ") + (filter.Network is null ? t.Network + ": " : "") + Juurru.Features.Networks.Theme.LabelOf(t.Code, t.Name)))
            .ToList();
        Regions = (await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(ct)).Select(r => new Option<string>(r.Code, r.NameIn(culture))).ToList();
        Figures = await statistics.LoadAsync(filter, ct);
        CoordinatorFigures = await coordinator.LoadAsync(filter, await user.GetScopeAsync(ct), ct);
        return null;
    }
}
