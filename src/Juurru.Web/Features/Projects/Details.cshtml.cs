using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Projects;

public sealed class DetailsModel(JuurruDbContext db, IAuthorizationService auth, CurrentUser user, TimeProvider clock) : PageModel
{
    public ProjectView Project { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool CanManageMembers { get; private set; }
    /// <summary>A way in for those who are not members: "ask to join" (visitors sign in first).</summary>
    public bool CanAskToJoin { get; private set; }
    public bool HasAsked { get; private set; }
    /// <summary>Requests to join waiting for someone who may answer them.</summary>
    public int WaitingRequests { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var scope = await user.GetScopeAsync(ct);
        // Editors of the project also see its drafts here.
        var practices = db.Practices.VisibleTo(scope, includeUnpublished: true);
        var view = await db.LoadViewAsync(id, Cultures.Current, today, practices, ct);
        if (view is null) return NotFound();
        if (slug != Slugs.Of(view.Name)) return this.RedirectToSlug(id, Slugs.Of(view.Name));
        Project = view;
        CanEdit = (await auth.AuthorizeAsync(User, view.Access, ProjectOperations.Edit)).Succeeded;
        CanManageMembers = (await auth.AuthorizeAsync(User, view.Access, ProjectOperations.ManageMembers)).Succeeded;
        CanAskToJoin = !scope.ProjectIds.Contains(id);
        HasAsked = scope.IsSignedIn && await db.JoinRequests.AnyAsync(r => r.ProjectId == id && r.UserId == scope.UserId, ct);
        if ((await auth.AuthorizeAsync(User, view.Access, ProjectOperations.AnswerJoinRequests)).Succeeded)
            WaitingRequests = await db.JoinRequests.CountAsync(r => r.ProjectId == id, ct);
        return Page();
    }
}
