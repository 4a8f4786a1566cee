using Juurru.Data;
using Juurru.Features.About;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Admin;

/// <summary>The organisation's own parts of the privacy notice and the accessibility statement, in each language side by side.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class SiteTextsModel(JuurruDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    /// <summary>Texts by "Key.language", e.g. "PrivacyController.fi"; the form posts the same names.</summary>
    [BindProperty] public Dictionary<string, string?> Texts { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Texts = await db.SiteTexts.AsNoTracking().ToDictionaryAsync(t => $"{t.Key}.{t.Language}", t => (string?)t.Markdown, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = await db.SiteTexts.ToDictionaryAsync(t => $"{t.Key}.{t.Language}", ct);
        foreach (var key in Enum.GetValues<SiteTextKey>())
            foreach (var language in Cultures.Supported)
            {
                var name = $"{key}.{language}";
                var text = Texts.GetValueOrDefault(name)?.Trim() ?? "";
                if (text.Length > SiteText.MaxLength)
                    ModelState.AddModelError($"Texts[{name}]", L["A text can be at most {0} characters long.", SiteText.MaxLength]);
                else if (stored.TryGetValue(name, out var row))
                {
                    if (text.Length == 0) db.SiteTexts.Remove(row);
                    else if (row.Markdown != text) (row.Markdown, row.UpdatedAt) = (text, now);
                }
                else if (text.Length > 0) db.SiteTexts.Add(new SiteText { Key = key, Language = language, Markdown = text, UpdatedAt = now });
            }
        if (!ModelState.IsValid) return Page();
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The texts were saved."].Value;
        return RedirectToPage();
    }
}
