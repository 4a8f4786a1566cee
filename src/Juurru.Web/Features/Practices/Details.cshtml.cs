using Juurru.Data;
using Juurru.Features.Notifications;
using Juurru.Features.Shared;
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
    IStringLocalizer<SharedResource> L, Search.PracticeSearch search, Notifier notifier) : PageModel
{
    /// <summary>Published practices that resemble this one: for readers "see also", for the editors of a draft "does this exist already?".</summary>
    public IReadOnlyList<PracticeCard> Similar { get; private set; } = [];

    public PracticeView Practice { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool CanViewHistory { get; private set; }
    public IReadOnlyList<(string Handler, string Label)> Actions { get; private set; } = [];
    public Rooting.Adoptions.AdoptionSection Adoptions { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken ct)
    {
        var view = await db.LoadViewAsync(id, Cultures.Current, ct);
        if (view is null || !await AllowedAsync(view.Access, PracticeOperations.Read)) return NotFound();
        if (slug != Slugs.Of(view.Title)) return this.RedirectToSlug(id, Slugs.Of(view.Title));
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
        TransitionAsync(id, PracticeOperations.Submit, p => p.Submit(), RevisionAction.Submitted, null, ct, async (p, ct) =>
        {
            var told = await notifier.AddAsync(await notifier.CoordinatorsOfAsync(p.NetworkId, ct), user.Id, NotificationKind.PracticeSubmitted,
                Slugs.PracticePath(p.Id, p.Title), L => (L["Waiting for publication: {0}", p.Title], L["{0} submitted the practice \"{1}\" for publication.", user.Name, p.Title]), ct);
            return L.Plural(told, "The practice was submitted; {0} coordinator was told.", "The practice was submitted; {0} coordinators were told.");
        });

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) =>
        TransitionAsync(id, PracticeOperations.Publish, p => p.Publish(clock.GetUtcNow().UtcDateTime), RevisionAction.Published, null, ct, async (p, ct) =>
        {
            var told = await notifier.AddAsync(await notifier.EditorsOfAsync(p.Projects.Select(x => x.Id), ct), user.Id, NotificationKind.PracticePublished,
                Slugs.PracticePath(p.Id, p.Title), L => (L["Published: {0}", p.Title], L["The practice \"{0}\" is now published in the method bank.", p.Title]), ct);
            return L.Plural(told, "The practice was published; {0} editor was told.", "The practice was published; {0} editors were told.");
        });

    /// <summary>A practice goes back to its editors only with a reason: they need to know what to do.</summary>
    public Task<IActionResult> OnPostReturnAsync(int id, string? reason, CancellationToken ct) =>
        TransitionAsync(id, PracticeOperations.ReturnToDraft, p => p.ReturnToDraft(), RevisionAction.ReturnedToDraft, reason?.Trim(), ct, async (p, ct) =>
        {
            var told = await notifier.AddAsync(await notifier.EditorsOfAsync(p.Projects.Select(x => x.Id), ct), user.Id, NotificationKind.PracticeReturned,
                Slugs.PracticePath(p.Id, p.Title), L => (L["Returned to draft: {0}", p.Title], L["{0} returned the practice \"{1}\" to draft. The reason:\n\n{2}", user.Name, p.Title, reason!.Trim()]), ct);
            return L.Plural(told, "The practice was returned to draft; {0} editor was told the reason.", "The practice was returned to draft; {0} editors were told the reason.");
        }, requiredNote: L["Write the reason for returning the practice: its editors are told it."]);

    public Task<IActionResult> OnPostArchiveAsync(int id, CancellationToken ct) =>
        TransitionAsync(id, PracticeOperations.Archive, p => p.Archive(), RevisionAction.Archived, null, ct, Done("The practice was archived."));

    public Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken ct) =>
        TransitionAsync(id, PracticeOperations.Restore, p => p.Restore(), RevisionAction.Restored, null, ct, Done("The practice was restored."));

    private Func<Practice, CancellationToken, Task<string>> Done(string message) => (_, _) => Task.FromResult(L[message].Value);

    /// <param name="requiredNote">When set, the step needs a note (the reason) and this message (translated) asks for it.</param>
    /// <param name="tell">Adds the notifications of the step (saved with it) and returns the message to show, saying who was told.</param>
    private async Task<IActionResult> TransitionAsync(int id, OperationAuthorizationRequirement operation, Action<Practice> change,
        RevisionAction action, string? note, CancellationToken ct, Func<Practice, CancellationToken, Task<string>> tell, string? requiredNote = null)
    {
        var practice = await db.Practices.Include(p => p.Projects).Include(p => p.Themes).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (practice is null) return NotFound();
        var access = PracticeAccess.Of(practice);
        if (!await AllowedAsync(access, operation))
            return await AllowedAsync(access, PracticeOperations.Read) ? Forbid() : NotFound();
        if (requiredNote is not null && string.IsNullOrEmpty(note))
        {
            TempData["Error"] = requiredNote;
            return RedirectToPage("/Practices/Details", new { id, slug = Slugs.Of(practice.Title) });
        }
        try
        {
            change(practice);
        }
        catch (PracticeIncompleteException e)
        {
            TempData["Error"] = L["Fill in the template first. Missing: {0}.", PracticeLabels.Missing(L, e.Missing)].Value;
            return RedirectToPage("/Practices/Details", new { id, slug = Slugs.Of(practice.Title) });
        }
        catch (PracticeRuleException e)
        {
            TempData["Error"] = L[e.Message].Value;
            return RedirectToPage("/Practices/Details", new { id, slug = Slugs.Of(practice.Title) });
        }
        var now = clock.GetUtcNow().UtcDateTime;
        practice.UpdatedAt = now;
        practice.AddRevision(action, user.Id, user.Name, [], now, note);
        var message = await tell(practice, ct);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = message;
        return RedirectToPage("/Practices/Details", new { id, slug = Slugs.Of(practice.Title) });
    }

    private async Task<bool> AllowedAsync(PracticeAccess access, OperationAuthorizationRequirement op) =>
        (await auth.AuthorizeAsync(User, access, op)).Succeeded;
}
