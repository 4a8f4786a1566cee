using Juurru.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juurru.Features.Surveys.Building;

/// <summary>The survey as respondents will see it, every section on one page with its conditions named; nothing is stored.</summary>
[Authorize]
public sealed class PreviewModel(JuurruDbContext db, IAuthorizationService auth) : PageModel
{
    public Survey Survey { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var (survey, refusal) = await this.FindAsync(db, auth, id, SurveyOperations.Read, ct);
        if (survey is null) return refusal!;
        Survey = survey;
        return Page();
    }
}
