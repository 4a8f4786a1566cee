using System.ComponentModel.DataAnnotations;
using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Surveys.Building;

/// <summary>
/// The survey's own texts without its JSON: title, introduction and thank-you text in each language side by side, and
/// the languages it is offered in. (Anonymity belongs with the invitations, on the distribution page.)
/// </summary>
[Authorize]
public sealed class SettingsModel(JuurruDbContext db, IAuthorizationService auth, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    public Survey Survey { get; private set; } = null!;

    /// <summary>Per offered language other than Finnish, how many question, choice and section texts are still only in Finnish.</summary>
    public IReadOnlyDictionary<string, int> Untranslated { get; private set; } = new Dictionary<string, int>();

    [BindProperty] public SettingsInput Input { get; set; } = new();

    public sealed class SettingsInput
    {
        [Required(ErrorMessage = "The survey needs a title in Finnish.")]
        [StringLength(300, ErrorMessage = "A text can be at most {1} characters long.")]
        public string TitleFi { get; set; } = "";
        [StringLength(300, ErrorMessage = "A text can be at most {1} characters long.")] public string? TitleSv { get; set; }
        [StringLength(300, ErrorMessage = "A text can be at most {1} characters long.")] public string? TitleEn { get; set; }
        [StringLength(10_000, ErrorMessage = "A text can be at most {1} characters long.")] public string? IntroFi { get; set; }
        [StringLength(10_000, ErrorMessage = "A text can be at most {1} characters long.")] public string? IntroSv { get; set; }
        [StringLength(10_000, ErrorMessage = "A text can be at most {1} characters long.")] public string? IntroEn { get; set; }
        [StringLength(5_000, ErrorMessage = "A text can be at most {1} characters long.")] public string? ThankYouFi { get; set; }
        [StringLength(5_000, ErrorMessage = "A text can be at most {1} characters long.")] public string? ThankYouSv { get; set; }
        [StringLength(5_000, ErrorMessage = "A text can be at most {1} characters long.")] public string? ThankYouEn { get; set; }
        public List<string> Languages { get; set; } = [];

        public static SettingsInput From(Survey s) => new()
        {
            TitleFi = s.Definition.Title.Fi, TitleSv = s.Definition.Title.Sv, TitleEn = s.Definition.Title.En,
            IntroFi = s.Definition.Intro.Fi, IntroSv = s.Definition.Intro.Sv, IntroEn = s.Definition.Intro.En,
            ThankYouFi = s.Definition.ThankYou.Fi, ThankYouSv = s.Definition.ThankYou.Sv, ThankYouEn = s.Definition.ThankYou.En,
            Languages = [.. s.Definition.Languages],
        };
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Input = SettingsInput.From(Survey);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        // Offered in the order Finnish, Swedish, English whatever order the boxes came in; the first is the default.
        var languages = Cultures.Supported.Where(Input.Languages.Contains).ToList();
        if (languages.Count == 0) ModelState.AddModelError("Input.Languages", L["Offer the survey in at least one language."]);
        if (!ModelState.IsValid) return Page();

        var editor = new SurveyEditor(Survey.Definition);
        var d = editor.Definition;
        d.Title = LocalizedText.Of(Input.TitleFi, Input.TitleSv ?? "", Input.TitleEn ?? "");
        d.Intro = LocalizedText.Of(Input.IntroFi ?? "", Input.IntroSv ?? "", Input.IntroEn ?? "");
        d.ThankYou = LocalizedText.Of(Input.ThankYouFi ?? "", Input.ThankYouSv ?? "", Input.ThankYouEn ?? "");
        d.Languages = languages;
        if (editor.Check() is { Count: > 0 } errors)
        {
            foreach (var e in errors) ModelState.AddModelError("", L[e.Message, e.Args]);
            return Page();
        }
        var tracked = await db.Surveys.SingleAsync(s => s.Id == id, ct);
        tracked.Define(d);
        tracked.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The survey's settings were saved."].Value;
        return RedirectToPage("/Surveys/Details", new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var (survey, refusal) = await this.FindAsync(db, auth, id, SurveyOperations.Edit, ct);
        if (refusal is not null) return refusal;
        Survey = survey!;
        Untranslated = Survey.Definition.Languages.Where(l => l != "fi")
            .ToDictionary(l => l, l => SurveyTranslations.Missing(Survey.Definition, l));
        return null;
    }
}
