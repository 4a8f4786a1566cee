using Juurru.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Surveys.Answering;

/// <summary>"Thank you": shown only for a response that is stored as sent.</summary>
public sealed class DoneModel(JuurruDbContext db) : PageModel
{
    public string Title { get; private set; } = "";
    public string ThankYou { get; private set; } = "";
    public IReadOnlyList<string> Languages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string link, string key, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.LinkKey == link, ct);
        if (survey is null) return NotFound();
        var sent = await db.SurveyResponses.AnyAsync(r => r.Key == key && r.SurveyId == survey.Id && r.Status == ResponseStatus.Submitted, ct);
        if (!sent) return RedirectToPage("/Surveys/Answering/Start", new { link });
        Title = survey.Definition.Title.In(Localization.Cultures.Current);
        Languages = survey.Definition.Languages;
        ThankYou = survey.Definition.ThankYou.In(Localization.Cultures.Current);
        return Page();
    }
}
