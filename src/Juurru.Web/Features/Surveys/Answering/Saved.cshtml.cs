using Juurru.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Surveys.Answering;

/// <summary>After "save and continue later": the address that brings the respondent back to their answers.</summary>
public sealed class SavedModel(JuurruDbContext db) : PageModel
{
    public string Title { get; private set; } = "";
    public string ResumeUrl { get; private set; } = "";
    public IReadOnlyList<string> Languages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string link, string key, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.LinkKey == link, ct);
        if (survey is null || !await db.SurveyResponses.AnyAsync(r => r.Key == key && r.SurveyId == survey.Id, ct)) return NotFound();
        Languages = survey.Definition.Languages;
        Title = survey.Definition.Title.In(Localization.Cultures.Current);
        ResumeUrl = HttpContext.RequestServices.GetRequiredService<IOptions<JuurruOptions>>().Value.Absolute(Url.Page("/Surveys/Answering/Answer", new { link, key, section = 1 })!);
        return Page();
    }
}
