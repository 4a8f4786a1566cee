using System.Text.RegularExpressions;
using Juurru.Data;
using Juurru.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Rooting.Adoptions;

/// <summary>
/// The adoption contact's link from the yearly request: without signing in, they confirm that the practice is still in
/// use, or say that it is being tried out or has stopped (and why). The link names one adoption and can do nothing else.
/// </summary>
public sealed partial class ConfirmModel(JuurruDbContext db, AdoptionWork work, IStringLocalizer<SharedResource> L) : PageModel
{
    public string PracticeTitle { get; private set; } = "";
    public int PracticeId { get; private set; }
    public string OrganisationName { get; private set; } = "";
    public Adoption Adoption { get; private set; } = null!;

    [BindProperty] public AdoptionStatus Status { get; set; }
    [BindProperty] public string? StopReason { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if (await LoadAsync(token, ct) is { } missing) return missing;
        Status = Adoption.Status;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (await LoadAsync(token, ct) is { } missing) return missing;
        if (!Enum.IsDefined(Status)) ModelState.AddModelError(nameof(Status), L["Choose one of the choices."]);
        else if (Status == AdoptionStatus.Stopped && string.IsNullOrWhiteSpace(StopReason)) ModelState.AddModelError(nameof(StopReason), L["Tell why it is no longer in use."]);
        else if ((StopReason ?? "").Trim().Length > Adoption.ReasonMax) ModelState.AddModelError(nameof(StopReason), L["A text can be at most 2,000 characters long."]);
        if (!ModelState.IsValid) return Page();
        await work.ReportAsync(Adoption, Status, StopReason ?? "", AdoptionSource.Contact, Adoption.ContactName, ct);
        TempData["Message"] = L["Thank you! The practice page now shows the confirmed status."].Value;
        return RedirectToPage(new { token });
    }

    private async Task<IActionResult?> LoadAsync(string token, CancellationToken ct)
    {
        if (token is null || !TokenPattern().IsMatch(token)) return NotFound();
        var adoption = await db.Adoptions.Include(a => a.Events).Include(a => a.Practice).Include(a => a.Organisation)
            .SingleOrDefaultAsync(a => a.Token == token, ct);
        if (adoption is null) return NotFound();
        (Adoption, PracticeId, PracticeTitle, OrganisationName) = (adoption, adoption.PracticeId, adoption.Practice!.Title, adoption.Organisation!.Name);
        return null;
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TokenPattern();
}
