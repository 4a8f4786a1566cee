using Juurru.Data;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Practices;

public sealed class DetailsModel(JuurruDbContext db, IAuthorizationService auth, CurrentUser user, TimeProvider clock,
    IStringLocalizer<SharedResource> L, Search.PracticeSearch search) : PageModel
{
    /// <summary>Published practices that resemble this one: for readers "see also", for the editors of a draft "does this exist already?".</summary>
    public IReadOnlyList<PracticeCard> Similar { get; private set; } = [];

    public PracticeView Practice { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool CanViewHistory { get; private set; }
    public IReadOnlyList<(string Handler, string Label)> Actions { get; private set; } = [];
    public Rooting.Adoptions.AdoptionSection Adoptions { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var view = await db.LoadViewAsync(id, Cultures.Current, ct);
        if (view is null || !await AllowedAsync(view.Access, PracticeOperations.Read)) return NotFound();
        Practice = view;
        CanEdit = await AllowedAsync(view.Access, PracticeOperations.Edit);
        CanViewHistory = await AllowedAsync(view.Access, PracticeOperations.ViewHistory);
        var actions = new List<(string, string)>();
        foreach (var (op, handler, label) in Workflow)
        {
            if (await AllowedAsync(view.Access, op)) actions.Add((handler, label));
        }
        Actions = actions;
        var scope = await user.GetScopeAsync(ct);
        // Visitors see the way in too: it leads through signing in.
        var canAdopt = view.Status == PracticeStatus.Published && (!scope.IsSignedIn || scope.OrganisationIds.Count > 0 || scope.Coordinates(view.Network.Id));
        var editable = view.Adoptions.Where(a => scope.OrganisationIds.Contains(a.Organisation.Id) || scope.Coordinates(view.Network.Id)).Select(a => a.Id).ToHashSet();
        Adoptions = new(view.Id, view.Adoptions, view.Rooting, canAdopt, editable);
        Similar = await Search.SimilarPractices.LoadAsync(db, search, view.Title,
            string.Join("\n", view.Summary, view.GoalAndTargetGroup, view.ContentAndActions), view.Id, 5, ct);
        return Page();
    }

    private static readonly (OperationAuthorizationRequirement Op, string Handler, string Label)[] Workflow =
    [
        (PracticeOperations.Submit, "Submit", "Submit for publication"),
        (PracticeOperations.Publish, "Publish", "Publish"),
        (PracticeOperations.ReturnToDraft, "Return", "Return to draft"),
        (PracticeOperations.Archive, "Archive", "Archive"),
        (PracticeOperations.Restore, "Restore", "Restore"),
    ];

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) =>
        TransitionAsync(id, PracticeOperations.Submit, p => p.Submit(), RevisionAction.Submitted, "The practice was submitted to the network's coordinators.", ct);

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) =>
        TransitionAsync(id, PracticeOperations.Publish, p => p.Publish(clock.GetUtcNow().UtcDateTime), RevisionAction.Published, "The practice was published.", ct);

    public Task<IActionResult> OnPostReturnAsync(int id, CancellationToken ct) =>
        TransitionAsync(id, PracticeOperations.ReturnToDraft, p => p.ReturnToDraft(), RevisionAction.ReturnedToDraft, "The practice was returned to its editors as a draft.", ct);

    public Task<IActionResult> OnPostArchiveAsync(int id, CancellationToken ct) =>
        TransitionAsync(id, PracticeOperations.Archive, p => p.Archive(), RevisionAction.Archived, "The practice was archived.", ct);

    public Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken ct) =>
        TransitionAsync(id, PracticeOperations.Restore, p => p.Restore(), RevisionAction.Restored, "The practice was restored.", ct);

    private async Task<IActionResult> TransitionAsync(int id, OperationAuthorizationRequirement operation, Action<Practice> change,
        RevisionAction action, string done, CancellationToken ct)
    {
        var practice = await db.Practices.Include(p => p.Projects).Include(p => p.Themes).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (practice is null) return NotFound();
        var access = PracticeAccess.Of(practice);
        if (!await AllowedAsync(access, operation))
            return await AllowedAsync(access, PracticeOperations.Read) ? Forbid() : NotFound();
        try
        {
            change(practice);
        }
        catch (PracticeIncompleteException e)
        {
            TempData["Error"] = L["Fill in the template first. Missing: {0}.", PracticeLabels.Missing(L, e.Missing)].Value;
            return RedirectToPage("/Practices/Details", new { id });
        }
        catch (PracticeRuleException e)
        {
            TempData["Error"] = L[e.Message].Value;
            return RedirectToPage("/Practices/Details", new { id });
        }
        var now = clock.GetUtcNow().UtcDateTime;
        practice.UpdatedAt = now;
        practice.AddRevision(action, user.Id, user.Name, [], now);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L[done].Value;
        return RedirectToPage("/Practices/Details", new { id });
    }

    private async Task<bool> AllowedAsync(PracticeAccess access, OperationAuthorizationRequirement op) =>
        (await auth.AuthorizeAsync(User, access, op)).Succeeded;
}
