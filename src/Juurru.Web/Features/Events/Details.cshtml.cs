using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Events;

/// <summary>An event with its programme; its .ics for a calendar; publishing and withdrawing it for coordinators.</summary>
public sealed class DetailsModel(JuurruDbContext db, IAuthorizationService auth, TimeProvider clock, IOptions<JuurruOptions> options,
    IStringLocalizer<SharedResource> L) : PageModel
{
    public EventView Event { get; private set; } = null!;
    public bool CanManage { get; private set; }
    public bool IsPast { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken ct)
    {
        var e = await db.LoadAsync(id, ct);
        if (e is null || !await AllowedAsync(e, EventOperations.Read)) return NotFound();
        if (slug != Slugs.Of(e.Title)) return this.RedirectToSlug(id, Slugs.Of(e.Title));
        CanManage = await AllowedAsync(e, EventOperations.Manage);
        Event = EventView.Of(e, showOnlineUrl: CanManage);
        IsPast = !e.IsUpcoming(clock.GetUtcNow().UtcDateTime);
        return Page();
    }

    /// <summary>The event as an .ics file, to add to a calendar.</summary>
    public async Task<IActionResult> OnGetIcsAsync(int id, CancellationToken ct)
    {
        var e = await db.LoadAsync(id, ct);
        if (e is null || !await AllowedAsync(e, EventOperations.Read)) return NotFound();
        var site = options.Value;
        var text = EventCalendar.Write(e.Title, [e], new Uri(site.Absolute("/")).Host,
            x => site.Absolute("/" + Cultures.Current + "/" + Slugs.EventPath(x.Id, x.Title)), clock.GetUtcNow().UtcDateTime);
        return File(System.Text.Encoding.UTF8.GetBytes(text), EventCalendar.ContentType, $"{Slugs.Of(e.Title) ?? "event"}.ics");
    }

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) => ChangeAsync(id, e => e.Publish(), "The event is now in the calendar.", ct);

    public Task<IActionResult> OnPostUnpublishAsync(int id, CancellationToken ct) => ChangeAsync(id, e => e.Unpublish(), "The event was taken out of the calendar.", ct);

    private async Task<IActionResult> ChangeAsync(int id, Action<Event> change, string message, CancellationToken ct)
    {
        var e = await db.LoadAsync(id, ct);
        if (e is null || !await AllowedAsync(e, EventOperations.Read)) return NotFound();
        if (!await AllowedAsync(e, EventOperations.Manage)) return Forbid();
        try
        {
            change(e);
            e.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            TempData["Message"] = L[message].Value;
        }
        catch (EventRuleException ex)
        {
            TempData["Error"] = L[ex.Message].Value;
        }
        return RedirectToPage("/Events/Details", new { id, slug = Slugs.Of(e.Title) });
    }

    private async Task<bool> AllowedAsync(Event e, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement op) =>
        (await auth.AuthorizeAsync(User, EventAccess.Of(e), op)).Succeeded;
}
