using Juurru.Data;
using Juurru.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juurru.Features.Surveys;

/// <summary>The survey as respondents will see it, every section on one page with its conditions named; nothing is stored.</summary>
[Authorize]
public sealed class PreviewModel(JuurruDbContext db, CurrentUser user) : PageModel
{
    public Survey Survey { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var (survey, refusal) = await SurveyRights.FindManagedAsync(db, user, id, ct);
        if (survey is null) return refusal!;
        Survey = survey;
        return Page();
    }
}
