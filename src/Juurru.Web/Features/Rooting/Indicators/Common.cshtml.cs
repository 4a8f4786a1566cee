using Juurru.Data;
using Juurru.Features.Networks;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Rooting.Indicators;

/// <summary>The network's common indicators, kept by its coordinators: what every project reports, in three languages.</summary>
[Authorize]
public sealed class CommonModel(JuurruDbContext db, IAuthorizationService auth, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    public Network Network { get; private set; } = null!;
    public IReadOnlyList<(CommonIndicator Indicator, int Reporting)> Indicators { get; private set; } = [];
    public int Projects { get; private set; }

    [BindProperty] public CommonInput Input { get; set; } = new();

    public sealed class CommonInput
    {
        public int? Id { get; set; }
        public string? NameFi { get; set; }
        public string? NameSv { get; set; }
        public string? NameEn { get; set; }
        public string? UnitFi { get; set; }
        public string? UnitSv { get; set; }
        public string? UnitEn { get; set; }
        public string? DescriptionFi { get; set; }
        public string? DescriptionSv { get; set; }
        public string? DescriptionEn { get; set; }
        public IndicatorKind Kind { get; set; }
        public IndicatorDirection Direction { get; set; }

        public static CommonInput From(CommonIndicator c) => new()
        {
            Id = c.Id, NameFi = c.Name.Fi, NameSv = c.Name.Sv, NameEn = c.Name.En, UnitFi = c.Unit.Fi, UnitSv = c.Unit.Sv, UnitEn = c.Unit.En,
            DescriptionFi = c.Description.Fi, DescriptionSv = c.Description.Sv, DescriptionEn = c.Description.En, Kind = c.Kind, Direction = c.Direction,
        };
    }

    public async Task<IActionResult> OnGetAsync(string slug, int? edit, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } refused) return refused;
        if (edit is { } id)
        {
            var found = Indicators.Select(x => x.Indicator).SingleOrDefault(c => c.Id == id);
            if (found is null) return NotFound();
            Input = CommonInput.From(found);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } refused) return refused;
        var existing = Input.Id is { } id ? await db.CommonIndicators.SingleOrDefaultAsync(c => c.Id == id && c.NetworkId == Network.Id, ct) : null;
        if (Input.Id is not null && existing is null) return NotFound();
        var reporting = existing is null ? 0 : Indicators.Single(x => x.Indicator.Id == existing.Id).Reporting;
        Check(existing, reporting);
        if (!ModelState.IsValid) return Page();

        var indicator = existing ?? new CommonIndicator
        {
            NetworkId = Network.Id, CreatedAt = clock.GetUtcNow().UtcDateTime,
            SortOrder = Indicators.Select(x => x.Indicator.SortOrder).DefaultIfEmpty(-1).Max() + 1,
        };
        indicator.Name = LocalizedText.Of(Input.NameFi!, Input.NameSv ?? "", Input.NameEn ?? "");
        indicator.Unit = LocalizedText.Of(Input.UnitFi ?? "", Input.UnitSv ?? "", Input.UnitEn ?? "");
        indicator.Description = LocalizedText.Of(Input.DescriptionFi ?? "", Input.DescriptionSv ?? "", Input.DescriptionEn ?? "");
        indicator.Kind = Input.Kind;
        indicator.Direction = Input.Direction;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (existing is null) db.CommonIndicators.Add(indicator);
        await db.SaveChangesAsync(ct);
        // The projects' copies of the Finnish name and unit follow the definition.
        await db.Indicators.Where(i => i.CommonIndicatorId == indicator.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Name, indicator.Name.Fi).SetProperty(i => i.Unit, indicator.Unit.Fi), ct);
        await transaction.CommitAsync(ct);
        TempData["Message"] = L["The common indicator {0} was saved.", indicator.Name.Fi].Value;
        return RedirectToPage(new { slug, edit = (int?)null });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int id, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } refused) return refused;
        var found = Indicators.SingleOrDefault(x => x.Indicator.Id == id);
        if (found.Indicator is null) return NotFound();
        if (found.Reporting > 0)
        {
            TempData["Error"] = L["Projects report this indicator: it cannot be removed."].Value;
            return RedirectToPage(new { slug });
        }
        await db.CommonIndicators.Where(c => c.Id == id).ExecuteDeleteAsync(ct);
        TempData["Message"] = L["The common indicator was removed."].Value;
        return RedirectToPage(new { slug });
    }

    private void Check(CommonIndicator? existing, int reporting)
    {
        if (string.IsNullOrWhiteSpace(Input.NameFi)) ModelState.AddModelError("Input.NameFi", L["Give the indicator a name."]);
        foreach (var (field, value) in new[] { ("NameFi", Input.NameFi), ("NameSv", Input.NameSv), ("NameEn", Input.NameEn) })
            if ((value ?? "").Trim().Length > IndicatorTerms.NameMax) ModelState.AddModelError($"Input.{field}", L["The name can be at most 200 characters long."]);
        foreach (var (field, value) in new[] { ("UnitFi", Input.UnitFi), ("UnitSv", Input.UnitSv), ("UnitEn", Input.UnitEn) })
            if ((value ?? "").Trim().Length > IndicatorTerms.UnitMax) ModelState.AddModelError($"Input.{field}", L["The unit can be at most 100 characters long."]);
        foreach (var (field, value) in new[] { ("DescriptionFi", Input.DescriptionFi), ("DescriptionSv", Input.DescriptionSv), ("DescriptionEn", Input.DescriptionEn) })
            if ((value ?? "").Trim().Length > 2_000) ModelState.AddModelError($"Input.{field}", L["A text can be at most {0} characters long.", 2_000]);
        if (!Enum.IsDefined(Input.Kind) || !Enum.IsDefined(Input.Direction)) ModelState.AddModelError("Input.Kind", L["Choose one of the choices."]);
        else if (!CommonIndicator.Adds(Input.Kind)) ModelState.AddModelError("Input.Kind", L["Percentages do not add up across projects: use a count, euros or yes or no."]);
        if (existing is not null && reporting > 0 && (existing.Kind != Input.Kind || existing.Direction != Input.Direction))
            ModelState.AddModelError("Input.Kind", L["Projects report this indicator: its kind and direction can no longer change."]);
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken ct)
    {
        var network = await db.Networks.AsNoTracking().SingleOrDefaultAsync(n => n.Slug == slug, ct);
        if (network is null) return NotFound();
        if (!(await auth.AuthorizeAsync(User, new NetworkAccess(network.Id), NetworkOperations.ManageCommonIndicators)).Succeeded) return Forbid();
        Network = network;
        var list = await db.CommonIndicators.AsNoTracking().Where(c => c.NetworkId == network.Id).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new { Indicator = c, Reporting = db.Indicators.Count(i => i.CommonIndicatorId == c.Id) }).ToListAsync(ct);
        Indicators = list.Select(x => (x.Indicator, x.Reporting)).ToList();
        Projects = await db.Projects.CountAsync(p => p.NetworkId == network.Id, ct);
        return null;
    }
}
