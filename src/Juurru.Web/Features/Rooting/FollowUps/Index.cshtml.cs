using Juurru.Data;
using Juurru.Features.Networks;
using Juurru.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Juurru.Localization;

namespace Juurru.Features.Rooting.FollowUps;

/// <summary>
/// The network's rooting follow-ups for its coordinators: after how many months they are due, every follow-up with its
/// phase and response figures, and "send now" for one that is due but was not sent by itself.
/// </summary>
[Authorize]
public sealed class IndexModel(JuurruDbContext db, IAuthorizationService auth, FollowUpSender sender, RootingChecks checks, TimeProvider clock,
    IStringLocalizer<SharedResource> L) : PageModel
{
    public Network Network { get; private set; } = null!;
    public IReadOnlyList<FollowUpRow> FollowUps { get; private set; } = [];

    [BindProperty] public string? Months { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } refused) return refused;
        Months = string.Join(", ", Network.FollowUpMonths);
        return Page();
    }

    public async Task<IActionResult> OnPostMonthsAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } refused) return refused;
        var (months, problem) = FollowUpSchedule.ParseMonths(Months);
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(Months), L[problem]);
            return Page();
        }
        var tracked = await db.Networks.SingleAsync(n => n.Id == Network.Id, ct);
        tracked.FollowUpMonths = [.. months];
        await db.SaveChangesAsync(ct);
        // The unsent follow-ups follow the new months at once.
        await sender.ScheduleAsync(ct);
        TempData["Message"] = L["Saved. Follow-ups not yet sent follow the new months."].Value;
        return RedirectToPage(new { slug });
    }

    /// <summary>Schedules what is missing and sends what is due now, as the hourly check would.</summary>
    public async Task<IActionResult> OnPostCheckAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } refused) return refused;
        var sent = await checks.RunAsync(ct);
        TempData["Message"] = L.Plural(sent, "The follow-ups are up to date; {0} message was sent.", "The follow-ups are up to date; {0} messages were sent.").Value;
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostSendAsync(string slug, int id, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } refused) return refused;
        var row = FollowUps.SingleOrDefault(f => f.Id == id);
        if (row is null) return NotFound();
        if (row.Phase != FollowUpPhase.NotSent)
        {
            TempData["Error"] = L["Only a follow-up that is due and not sent can be sent."].Value;
            return RedirectToPage(new { slug });
        }
        var sent = await sender.SendAsync(id, ct);
        TempData["Message"] = L.Plural(sent, "The follow-up was sent: {0} invitation.", "The follow-up was sent: {0} invitations.").Value;
        return RedirectToPage(new { slug });
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken ct)
    {
        var network = await db.Networks.AsNoTracking().SingleOrDefaultAsync(n => n.Slug == slug, ct);
        if (network is null) return NotFound();
        if (!(await auth.AuthorizeAsync(User, new NetworkAccess(network.Id), NetworkOperations.ManageFollowUps)).Succeeded) return Forbid();
        Network = network;
        FollowUps = await FollowUpList.ForNetworkAsync(db, network.Id, clock.GetUtcNow().UtcDateTime, ct);
        return null;
    }
}
