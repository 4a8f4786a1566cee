using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juurru.Features.Projects;

public sealed class DetailsModel(JuurruDbContext db, IAuthorizationService auth, CurrentUser user, TimeProvider clock) : PageModel
{
    public ProjectView Project { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool CanManageMembers { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var scope = await user.GetScopeAsync(ct);
        // Editors of the project also see its drafts here.
        var practices = db.Practices.VisibleTo(scope, includeUnpublished: true);
        var view = await db.LoadViewAsync(id, Cultures.Current, today, practices, ct);
        if (view is null) return NotFound();
        Project = view;
        CanEdit = (await auth.AuthorizeAsync(User, view.Access, ProjectOperations.Edit)).Succeeded;
        CanManageMembers = (await auth.AuthorizeAsync(User, view.Access, ProjectOperations.ManageMembers)).Succeeded;
        return Page();
    }
}
