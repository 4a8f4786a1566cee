using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Organisations;

public sealed class DetailsModel(JuurruDbContext db, IAuthorizationService auth, Identity.CurrentUser user) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;
    public string? RegionName { get; private set; }
    public IReadOnlyList<ProjectRow> LeadProjects { get; private set; } = [];
    public IReadOnlyList<ProjectRow> PartnerProjects { get; private set; } = [];
    public IReadOnlyList<PracticeCard> Practices { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanAskToJoin { get; private set; }
    public bool HasAsked { get; private set; }
    public int WaitingRequests { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Region).SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return NotFound();
        Organisation = organisation;
        RegionName = organisation.Region?.NameIn(Cultures.Current);
        LeadProjects = await db.Projects.Where(p => p.LeadOrganisationId == id).OrderBy(p => p.SortKey).ToRowsAsync(db, ct);
        PartnerProjects = await db.Projects.Where(p => p.Partners.Any(x => x.OrganisationId == id)).OrderBy(p => p.SortKey).ToRowsAsync(db, ct);
        Practices = await db.Practices.Where(p => p.Status == PracticeStatus.Published)
            .Filter(new PracticeFilter { Organisation = id })
            .Sorted(PracticeSort.Title).ToCardsAsync(ct);
        CanEdit = (await auth.AuthorizeAsync(User, new OrganisationAccess(id), OrganisationOperations.Edit)).Succeeded;
        var scope = await user.GetScopeAsync(ct);
        CanAskToJoin = !scope.OrganisationIds.Contains(id);
        HasAsked = scope.IsSignedIn && await db.JoinRequests.AnyAsync(r => r.OrganisationId == id && r.UserId == scope.UserId, ct);
        if ((await auth.AuthorizeAsync(User, new OrganisationAccess(id), OrganisationOperations.AnswerJoinRequests)).Succeeded)
            WaitingRequests = await db.JoinRequests.CountAsync(r => r.OrganisationId == id, ct);
        return Page();
    }
}
