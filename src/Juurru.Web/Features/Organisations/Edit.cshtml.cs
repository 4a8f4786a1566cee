using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Organisations;

/// <summary>Creates (no id) or edits an organisation.</summary>
[Authorize]
public sealed class EditModel(JuurruDbContext db, IAuthorizationService auth, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty] public OrganisationForm Form { get; set; } = new();
    public int? Id { get; private set; }
    public IReadOnlyList<Option<string>> Regions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var (organisation, refused) = await LoadAsync(id, ct);
        if (refused is not null) return refused;
        if (organisation is not null) Form = OrganisationForm.From(organisation);
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var (organisation, refused) = await LoadAsync(id, ct);
        if (refused is not null) return refused;
        organisation ??= Organisation.Create("", Form.Type); // named by TryApplyAsync once the form holds
        if (!await Form.TryApplyAsync(organisation, db, ModelState, L, ct)) return await ShowAsync(id, ct);
        if (id is null) db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The organisation was saved."].Value;
        return RedirectToPage("/Organisations/Details", new { id = organisation.Id });
    }

    private async Task<(Organisation?, IActionResult?)> LoadAsync(int? id, CancellationToken ct)
    {
        Organisation? organisation = null;
        if (id is not null)
        {
            organisation = await db.Organisations.Include(o => o.Region).SingleOrDefaultAsync(o => o.Id == id, ct);
            if (organisation is null) return (null, NotFound());
        }
        var operation = id is null ? OrganisationOperations.Create : OrganisationOperations.Edit;
        var allowed = await auth.AuthorizeAsync(User, new OrganisationAccess(id), operation);
        return allowed.Succeeded ? (organisation, null) : (null, Forbid());
    }

    private async Task<IActionResult> ShowAsync(int? id, CancellationToken ct)
    {
        Id = id;
        var culture = Cultures.Current;
        Regions = (await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(ct)).Select(r => new Option<string>(r.Code, r.NameIn(culture))).ToList();
        return Page();
    }
}
