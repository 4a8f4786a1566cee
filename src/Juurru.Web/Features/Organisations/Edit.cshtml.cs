using Juurru.Data;
using Juurru.Features.Shared;
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
    public EditConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var (organisation, refused) = await LoadAsync(id, ct);
        if (refused is not null) return refused;
        if (organisation is not null) Form = OrganisationForm.From(organisation);
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        // As a practice's edit: a save that loses the race in the database is read again once.
        for (var attempt = 1; ; attempt++)
        {
            var (organisation, refused) = await LoadAsync(id, ct);
            if (refused is not null) return refused;
            var saved = organisation is null ? null : OrganisationForm.From(organisation);
            organisation ??= Organisation.Create("", Form.Type); // named by TryApplyAsync once the form holds
            if (!await Form.TryApplyAsync(organisation, db, ModelState, L, ct)) return await ShowAsync(id, ct);
            if (saved is not null && Form.Opened != saved.Opened)
            {
                await ShowAsync(id, ct);
                if (OrganisationForm.Differences(saved, Form, Regions, L) is { Count: > 0 } differences)
                {
                    db.ChangeTracker.Clear();
                    Conflict = new EditConflict(null, null, differences);
                    Form.Opened = saved.Opened;
                    ModelState.Remove("Form.Opened"); // the field shows the new value, not the one posted
                    return new PageResult { StatusCode = StatusCodes.Status409Conflict };
                }
            }
            if (id is null) db.Organisations.Add(organisation);
            if (!await db.SavedUnlessRaceLostAsync(mayTryAgain: attempt == 1, ct)) continue;
            TempData["Message"] = L["The organisation was saved."].Value;
            return RedirectToPage("/Organisations/Details", new { id = organisation.Id });
        }
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
