using Juurru.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Rooting.Indicators;

/// <summary>Every change of an indicator and its measurements, newest first; for those who report the project's indicators.</summary>
[Authorize]
public sealed class HistoryModel(JuurruDbContext db, IAuthorizationService auth) : PageModel
{
    public IndicatorProject Project { get; private set; } = null!;
    public int IndicatorId { get; private set; }
    public string Name { get; private set; } = "";
    public IReadOnlyList<IndicatorRevision> Revisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int indicatorId, CancellationToken ct)
    {
        var (project, refusal) = await IndicatorProject.LoadAsync(db, auth, User, id, mustReport: true, ct);
        if (refusal is not null) return refusal;
        Project = project!;
        var name = await db.Indicators.Where(i => i.Id == indicatorId && i.ProjectId == id).Select(i => i.Name).SingleOrDefaultAsync(ct);
        if (name is null) return NotFound();
        (IndicatorId, Name) = (indicatorId, name);
        Revisions = await db.IndicatorRevisions.AsNoTracking().Where(r => r.IndicatorId == indicatorId)
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id).ToListAsync(ct);
        return Page();
    }
}
