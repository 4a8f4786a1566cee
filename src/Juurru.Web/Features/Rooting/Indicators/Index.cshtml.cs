using Juurru.Data;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juurru.Features.Rooting.Indicators;

/// <summary>A project's indicators, for everyone; its members and the coordinators add, report and correct them from here.</summary>
public sealed class IndexModel(JuurruDbContext db, IAuthorizationService auth) : PageModel
{
    public IndicatorProject Project { get; private set; } = null!;
    public IReadOnlyList<IndicatorView> Indicators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var (project, refusal) = await IndicatorProject.LoadAsync(db, auth, User, id, mustReport: false, ct);
        if (refusal is not null) return refusal;
        Project = project!;
        Indicators = await IndicatorViews.ForProjectAsync(db, id, Project.NetworkId, Cultures.Current, ct);
        return Page();
    }
}
