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
/// Adds an indicator to a project or changes one: its own (name, unit, kind, direction) or the network's common one
/// (only baseline, target and source are the project's). Every change is written to the indicator's history.
/// </summary>
[Authorize]
public sealed class EditModel(JuurruDbContext db, IAuthorizationService auth, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    public IndicatorProject Project { get; private set; } = null!;
    public CommonIndicator? Common { get; private set; }
    public int? IndicatorId { get; private set; }
    public bool HasMeasurements { get; private set; }

    [BindProperty] public IndicatorInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int? indicatorId, int? common, CancellationToken ct)
    {
        var (indicator, refusal) = await LoadAsync(id, indicatorId, common, ct);
        if (refusal is not null) return refusal;
        // A common indicator the project already reports is edited, not added twice.
        if (indicator is null && await ReportedAsync(id, ct) is { } reported) return RedirectToPage(new { id, indicatorId = reported });
        if (indicator is not null) Input = IndicatorInput.From(indicator);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? indicatorId, int? common, CancellationToken ct)
    {
        var (indicator, refusal) = await LoadAsync(id, indicatorId, common, ct);
        if (refusal is not null) return refusal;
        var terms = Input.Read(Common, ModelState, L);
        if (terms is not null && indicator is not null && HasMeasurements && terms.Kind != indicator.Kind)
            ModelState.AddModelError("Input.Kind", L["The kind cannot change once there are measurements."]);
        if (indicator is null && await ReportedAsync(id, ct) is not null) ModelState.AddModelError("", L["The project already reports this common indicator."]);
        if (terms is null || !ModelState.IsValid) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        var created = indicator is null;
        if (indicator is null)
        {
            indicator = Indicator.ForProject(id, Common);
            indicator.CreatedAt = now;
            indicator.SortOrder = await db.Indicators.Where(i => i.ProjectId == id).Select(i => (int?)i.SortOrder).MaxAsync(ct) + 1 ?? 0;
            db.Indicators.Add(indicator);
        }
        var changes = indicator.Define(terms);
        indicator.UpdatedAt = now;
        indicator.AddRevision(created ? IndicatorAction.Created : IndicatorAction.Changed, user.Id, user.Name, changes, now);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The indicator {0} was saved.", indicator.Common?.Name.In(Cultures.Current) ?? indicator.Name].Value;
        return RedirectToPage("/Rooting/Indicators/Details", new { id, indicatorId = indicator.Id });
    }

    /// <summary>An indicator without measurements can be removed; one with measurements keeps its history.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(int id, int indicatorId, CancellationToken ct)
    {
        var (indicator, refusal) = await LoadAsync(id, indicatorId, null, ct);
        if (refusal is not null) return refusal;
        if (HasMeasurements)
        {
            TempData["Error"] = L["An indicator with measurements cannot be removed."].Value;
            return RedirectToPage("/Rooting/Indicators/Details", new { id, indicatorId });
        }
        db.Indicators.Remove(indicator!);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The indicator was removed."].Value;
        return RedirectToPage("/Rooting/Indicators/Index", new { id });
    }

    /// <summary>The project's indicator for the common indicator being added, if it reports it already.</summary>
    private Task<int?> ReportedAsync(int projectId, CancellationToken ct) => Common is null ? Task.FromResult<int?>(null)
        : db.Indicators.Where(i => i.ProjectId == projectId && i.CommonIndicatorId == Common.Id).Select(i => (int?)i.Id).SingleOrDefaultAsync(ct);

    private async Task<(Indicator? Indicator, IActionResult? Refusal)> LoadAsync(int id, int? indicatorId, int? common, CancellationToken ct)
    {
        var (project, refusal) = await IndicatorProject.LoadAsync(db, auth, User, id, mustReport: true, ct);
        if (refusal is not null) return (null, refusal);
        Project = project!;
        Indicator? indicator = null;
        if (indicatorId is { } iid)
        {
            indicator = await db.Indicators.Include(i => i.Common).SingleOrDefaultAsync(i => i.Id == iid && i.ProjectId == id, ct);
            if (indicator is null) return (null, NotFound());
            Common = indicator.Common;
            HasMeasurements = await db.Measurements.AnyAsync(m => m.IndicatorId == iid, ct);
            if (HasMeasurements) await db.Entry(indicator).Collection(i => i.Measurements).LoadAsync(ct);
        }
        else if (common is { } cid)
        {
            Common = await db.CommonIndicators.SingleOrDefaultAsync(c => c.Id == cid && c.NetworkId == Project.NetworkId, ct);
            if (Common is null) return (null, NotFound());
        }
        IndicatorId = indicatorId;
        return (indicator, null);
    }
}
