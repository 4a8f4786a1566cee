using Juurru.Data;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Rooting.Indicators;

/// <summary>
/// One indicator: its progress, its measurements over time and in a table. The project's members and the coordinators
/// add measurements here, correct them (<c>?measurement=</c>) and remove them; each change goes into the history.
/// </summary>
public sealed class DetailsModel(JuurruDbContext db, IAuthorizationService auth, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    public IndicatorProject Project { get; private set; } = null!;
    public IndicatorView Indicator { get; private set; } = null!;

    /// <summary>The measurement being corrected, or null when the form adds a new one.</summary>
    public int? Correcting { get; private set; }

    [BindProperty] public MeasurementInput Measure { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int indicatorId, int? measurement, CancellationToken ct)
    {
        var (indicator, refusal) = await LoadAsync(id, indicatorId, mustReport: false, ct);
        if (refusal is not null) return refusal;
        if (measurement is { } mid && Project.CanReport)
        {
            var m = indicator!.Measurements.SingleOrDefault(x => x.Id == mid);
            if (m is null) return NotFound();
            Measure = MeasurementInput.From(m, indicator.Kind);
            Correcting = mid;
        }
        else
        {
            Measure.Date = Today;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int indicatorId, int? measurement, CancellationToken ct)
    {
        var (indicator, refusal) = await LoadAsync(id, indicatorId, mustReport: true, ct);
        if (refusal is not null) return refusal;
        var existing = measurement is { } mid ? indicator!.Measurements.SingleOrDefault(x => x.Id == mid) : null;
        if (measurement is not null && existing is null) return NotFound();
        Correcting = measurement;
        if (Measure.Read(indicator!.Kind, Today, ModelState, L) is not { } read) return Page();
        var (date, value) = read;

        var now = clock.GetUtcNow().UtcDateTime;
        if (existing is null)
        {
            var added = indicator.Measure(date, value, Measure.Source ?? "", Measure.Comment ?? "");
            indicator.AddRevision(IndicatorAction.MeasurementAdded, user.Id, user.Name, ValueChange.All(added.Describe()), now);
        }
        else
        {
            var changes = indicator.Correct(existing, date, value, Measure.Source ?? "", Measure.Comment ?? "");
            if (changes.Count > 0) indicator.AddRevision(IndicatorAction.MeasurementCorrected, user.Id, user.Name, changes, now);
        }
        indicator.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        TempData["Message"] = (existing is null ? L["The measurement was added."] : L["The measurement was corrected."]).Value;
        return RedirectToPage(new { id, indicatorId, measurement = (int?)null });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int indicatorId, int measurement, CancellationToken ct)
    {
        var (indicator, refusal) = await LoadAsync(id, indicatorId, mustReport: true, ct);
        if (refusal is not null) return refusal;
        var existing = indicator!.Measurements.SingleOrDefault(x => x.Id == measurement);
        if (existing is null) return NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        indicator.Remove(existing);
        indicator.AddRevision(IndicatorAction.MeasurementRemoved, user.Id, user.Name, ValueChange.All(existing.Describe(), removed: true), now);
        indicator.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The measurement was removed. The history keeps its value."].Value;
        return RedirectToPage(new { id, indicatorId, measurement = (int?)null });
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private async Task<(Indicator? Indicator, IActionResult? Refusal)> LoadAsync(int id, int indicatorId, bool mustReport, CancellationToken ct)
    {
        var (project, refusal) = await IndicatorProject.LoadAsync(db, auth, User, id, mustReport, ct);
        if (refusal is not null) return (null, refusal);
        Project = project!;
        var indicator = await db.Indicators.Include(i => i.Common).Include(i => i.Measurements)
            .SingleOrDefaultAsync(i => i.Id == indicatorId && i.ProjectId == id, ct);
        if (indicator is null) return (null, NotFound());
        Indicator = IndicatorViews.Of(indicator, Cultures.Current);
        return (indicator, null);
    }
}
