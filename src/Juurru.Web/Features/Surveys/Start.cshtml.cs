using System.Security.Cryptography;
using Juurru.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Surveys;

/// <summary>The open link: the survey's title and introduction, whether it takes answers, and the way in.</summary>
public sealed class StartModel(JuurruDbContext db, TimeProvider clock) : PageModel
{
    public Survey Survey { get; private set; } = null!;
    public SurveyState State { get; private set; }

    /// <summary>A fresh response key for the first page: the respondent's answers are stored under it from the first save.</summary>
    public string NewKey { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public async Task<IActionResult> OnGetAsync(string link, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.LinkKey == link, ct);
        if (survey is null) return NotFound();
        Survey = survey;
        State = survey.StateAt(clock.GetUtcNow().UtcDateTime);
        return Page();
    }
}
