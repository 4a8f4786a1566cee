using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Rooting.Adoptions;

/// <summary>
/// "We use this too": a member records that their organisation uses a published practice, or updates it later (status,
/// with the reason when it stopped; how widely; the contact). Coordinators of the practice's network may do it for any
/// organisation. Every report goes into the adoption's history and the practice's rooting status in one transaction.
/// </summary>
[Authorize]
public sealed class EditModel(JuurruDbContext db, IAuthorizationService auth, CurrentUser user, AdoptionWork work, TimeProvider clock,
    IStringLocalizer<SharedResource> L) : PageModel
{
    public PracticeHeader Practice { get; private set; } = null!;
    public Adoption? Adoption { get; private set; }
    public string? OrganisationName { get; private set; }
    public IReadOnlyList<Option<int>> Organisations { get; private set; } = [];

    [BindProperty] public AdoptionInput Input { get; set; } = new();

    public sealed record PracticeHeader(int Id, int NetworkId, string Title);

    public async Task<IActionResult> OnGetAsync(int id, int? adoptionId, CancellationToken ct)
    {
        if (await LoadAsync(id, adoptionId, ct) is { } refused) return refused;
        if (Adoption is not null) Input = AdoptionInput.From(Adoption);
        else
        {
            Input.OrganisationId = Organisations.Count == 1 ? Organisations[0].Value : null;
            Input.ContactLanguage = Cultures.Current;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? adoptionId, CancellationToken ct)
    {
        if (await LoadAsync(id, adoptionId, ct) is { } refused) return refused;
        var organisationId = Adoption?.OrganisationId ?? Input.OrganisationId;
        if (organisationId is not { } orgId || Organisations.All(o => o.Value != orgId))
        {
            if (Adoption is null) ModelState.AddModelError("Input.OrganisationId", L["Choose the organisation that uses the practice."]);
        }
        else if (Adoption is null && await db.Adoptions.AnyAsync(a => a.PracticeId == id && a.OrganisationId == orgId, ct))
        {
            ModelState.AddModelError("Input.OrganisationId", L["The organisation has already reported this practice: update that report instead."]);
        }
        var terms = Input.Read(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ModelState, L);
        if (terms is null || !ModelState.IsValid) return Page();

        if (Adoption is null)
        {
            await work.RecordAsync(id, organisationId!.Value, terms, AdoptionSource.Member, user.Name, ct);
            TempData["Message"] = L["Thank you: the practice now shows where it is in use."].Value;
        }
        else
        {
            await work.UpdateAsync(Adoption, terms, AdoptionSource.Member, user.Name, ct);
            TempData["Message"] = L["The adoption was updated."].Value;
        }
        return Redirect(Url.Page("/Practices/Details", new { id, slug = Slugs.Of(Practice.Title) })! + "#rooting");
    }

    private async Task<IActionResult?> LoadAsync(int id, int? adoptionId, CancellationToken ct)
    {
        // Only a published practice can be adopted; for a draft the page does not exist.
        var practice = await db.Practices.AsNoTracking().Where(p => p.Id == id && p.Status == PracticeStatus.Published)
            .Select(p => new PracticeHeader(p.Id, p.NetworkId, p.Title)).SingleOrDefaultAsync(ct);
        if (practice is null) return NotFound();
        Practice = practice;
        var scope = await user.GetScopeAsync(ct);
        if (adoptionId is { } aid)
        {
            Adoption = await db.Adoptions.Include(a => a.Events).SingleOrDefaultAsync(a => a.Id == aid && a.PracticeId == id, ct);
            if (Adoption is null) return NotFound();
            if (!(await auth.AuthorizeAsync(User, new AdoptionAccess(Adoption.OrganisationId, practice.NetworkId), AdoptionOperations.Report)).Succeeded) return Forbid();
            OrganisationName = await db.Organisations.Where(o => o.Id == Adoption.OrganisationId).Select(o => o.Name).SingleAsync(ct);
            Organisations = [new Option<int>(Adoption.OrganisationId, OrganisationName)];
            return null;
        }
        // Members report for their own organisations; coordinators of the network for any.
        var mine = scope.OrganisationIds.ToList();
        var all = scope.Coordinates(practice.NetworkId);
        Organisations = await db.Organisations.AsNoTracking().Where(o => all || mine.Contains(o.Id)).OrderBy(o => o.SortKey)
            .Select(o => new Option<int>(o.Id, o.Name)).ToListAsync(ct);
        return Organisations.Count == 0 ? Forbid() : null;
    }
}
