using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Events;

/// <summary>A new event of a network (<c>?network=</c>) or a change to one, with its programme; coordinators only.</summary>
[Authorize]
public sealed class EditModel(JuurruDbContext db, IAuthorizationService auth, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty] public EventForm Form { get; set; } = new();
    public int? EventId { get; private set; }
    public string NetworkName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int? id, int? network, CancellationToken ct)
    {
        var (e, refusal) = await LoadAsync(id, network, ct);
        if (refusal is not null) return refusal;
        Form = (e is null ? new EventForm { Language = Cultures.Current } : EventForm.From(e)).WithBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? network, CancellationToken ct)
    {
        var (e, refusal) = await LoadAsync(id, network, ct);
        if (refusal is not null) return refusal;
        var now = clock.GetUtcNow().UtcDateTime;
        e ??= new Event { NetworkId = network!.Value, CreatedAt = now };
        if (!ModelState.IsValid || !Form.TryApply(e, ModelState, L))
        {
            Form.WithBlankRows();
            return Page();
        }
        e.UpdatedAt = now;
        if (e.Id == 0) db.Events.Add(e);
        else db.Entry(e).Property(x => x.Version).OriginalValue = Form.Version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Error"] = L["Someone else saved the event meanwhile. Their version is shown here: make your changes again."].Value;
            return RedirectToPage(new { id });
        }
        TempData["Message"] = L[id is null ? "The event was saved as a draft. Publish it in the calendar when it is ready." : "The changes were saved."].Value;
        return RedirectToPage("/Events/Details", new { id = e.Id, slug = Slugs.Of(e.Title) });
    }

    private async Task<(Event?, IActionResult?)> LoadAsync(int? id, int? network, CancellationToken ct)
    {
        Event? e = null;
        if (id is { } existing)
        {
            e = await db.LoadAsync(existing, ct);
            if (e is null) return (null, NotFound());
            if (!(await auth.AuthorizeAsync(User, EventAccess.Of(e), EventOperations.Read)).Succeeded) return (null, NotFound());
            network = e.NetworkId;
            EventId = e.Id;
        }
        var name = network is { } n ? await db.Networks.Where(x => x.Id == n).Select(x => x.Name).SingleOrDefaultAsync(ct) : null;
        if (name is null) return (null, NotFound());
        NetworkName = name;
        var access = e is null ? new EventAccess(null, network!.Value, false) : EventAccess.Of(e);
        if (!(await auth.AuthorizeAsync(User, access, EventOperations.Manage)).Succeeded) return (null, Forbid());
        return (e, null);
    }
}
