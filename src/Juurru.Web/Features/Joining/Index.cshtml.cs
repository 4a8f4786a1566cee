using Juurru.Data;
using Juurru.Identity;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Joining;

/// <summary>The requests to join that this person may answer: of their projects and organisations, and for coordinators their networks' projects.</summary>
[Authorize]
public sealed class IndexModel(JuurruDbContext db, JoinRequests requests, CurrentUser user, IAuthorizationService auth,
    IStringLocalizer<SharedResource> L) : PageModel
{
    public sealed record Row(int Id, string Who, string Email, string Message, DateTime At, JoinKind Kind, int TargetId, string TargetName);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await user.GetScopeAsync(ct);
        var projects = scope.ProjectIds.ToList();
        var networks = scope.CoordinatedNetworkIds.ToList();
        var organisations = scope.OrganisationIds.ToList();
        var allOrganisations = scope.IsAdministrator || scope.IsCoordinator;
        // The same rules as ProjectAccess and OrganisationAccess, put in the query so that only answerable requests load.
        var rows = await db.JoinRequests.AsNoTracking()
            .Where(r => r.ProjectId != null
                ? scope.IsAdministrator || projects.Contains(r.ProjectId.Value) || db.Projects.Any(p => p.Id == r.ProjectId && networks.Contains(p.NetworkId))
                : allOrganisations || organisations.Contains(r.OrganisationId!.Value))
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new
            {
                r.Id, u.DisplayName, u.Email, r.Message, r.At, r.ProjectId, r.OrganisationId,
                Project = db.Projects.Where(p => p.Id == r.ProjectId).Select(p => p.Name).FirstOrDefault(),
                Organisation = db.Organisations.Where(o => o.Id == r.OrganisationId).Select(o => o.Name).FirstOrDefault(),
            })
            .OrderBy(r => r.At).ToListAsync(ct);
        Rows = rows.Select(r => new Row(r.Id, r.DisplayName, r.Email ?? "", r.Message, r.At,
            r.ProjectId is null ? JoinKind.Organisation : JoinKind.Project, r.ProjectId ?? r.OrganisationId!.Value, r.Project ?? r.Organisation ?? "")).ToList();
    }

    public Task<IActionResult> OnPostAcceptAsync(int requestId, CancellationToken ct) => AnswerAsync(requestId, true, null, ct);

    public Task<IActionResult> OnPostDeclineAsync(int requestId, string? reason, CancellationToken ct) => AnswerAsync(requestId, false, reason, ct);

    private async Task<IActionResult> AnswerAsync(int requestId, bool accept, string? reason, CancellationToken ct)
    {
        var request = await db.JoinRequests.SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            // Someone else answered first: not an error for the person who came second.
            TempData["Message"] = L["The request was already answered."].Value;
            return RedirectToPage();
        }
        var target = (await requests.TargetAsync(request.ProjectId is null ? JoinKind.Organisation : JoinKind.Project,
            request.ProjectId ?? request.OrganisationId!.Value, ct))!;
        // Those who may not answer do not learn that the request exists.
        if (await this.RefuseUnlessAsync(auth, target.Access, target.Answer, visibleWith: target.Answer) is { } refused) return refused;
        var who = await db.Users.Where(u => u.Id == request.UserId).Select(u => u.DisplayName).SingleAsync(ct);
        await requests.AnswerAsync(request, target, accept, reason, user.Id!, ct);
        TempData["Message"] = (accept ? L["{0} is now a member of {1}.", who, target.Name] : L["The request of {0} was declined and they were told.", who]).Value;
        return RedirectToPage();
    }
}
