using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Account;

/// <summary>The signed-in user's desk: their projects, their unfinished practices and, for coordinators, what waits for publication.</summary>
[Authorize]
public sealed class IndexModel(JuurruDbContext db, CurrentUser user) : PageModel
{
    public sealed record ProjectLink(int Id, string Name, int NetworkId);

    public UserScope Scope { get; private set; } = UserScope.Anonymous;
    public IReadOnlyList<ProjectLink> Projects { get; private set; } = [];
    public IReadOnlyList<PracticeCard> Unfinished { get; private set; } = [];
    public IReadOnlyList<PracticeCard> Waiting { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> Networks { get; private set; } = [];

    /// <summary>Evaluation forms waiting for this user in open rounds.</summary>
    public int PendingEvaluations { get; private set; }

    public int UnreadNotifications { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Scope = await user.GetScopeAsync(ct);
        var projectIds = Scope.ProjectIds.ToList();
        var networkIds = Scope.CoordinatedNetworkIds.ToList();
        UnreadNotifications = await db.Notifications.CountAsync(n => n.UserId == Scope.UserId && n.ReadAt == null, ct);
        PendingEvaluations = await db.Assignments.CountAsync(a => a.EvaluatorId == Scope.UserId && a.GroupLabel == null
            && a.Status != Evaluation.AssignmentStatus.Submitted && a.Round!.Status == Evaluation.RoundStatus.Open, ct);
        Projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).OrderBy(p => p.SortKey)
            .Select(p => new ProjectLink(p.Id, p.Name, p.NetworkId)).ToListAsync(ct);
        Unfinished = await db.Practices
            .Where(p => (p.Status == PracticeStatus.Draft || p.Status == PracticeStatus.Submitted)
                        && p.Projects.Any(x => projectIds.Contains(x.Id)))
            .OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id).ToCardsAsync(ct);
        Waiting = await db.Practices
            .Where(p => p.Status == PracticeStatus.Submitted && (Scope.IsAdministrator || networkIds.Contains(p.NetworkId)))
            .OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id).ToCardsAsync(ct);
        Networks = (await db.Networks.AsNoTracking().Where(n => Scope.IsAdministrator || networkIds.Contains(n.Id))
            .OrderBy(n => n.SortKey).Select(n => new { n.Slug, n.Name }).ToListAsync(ct))
            .Select(n => (n.Slug, n.Name)).ToList();
    }
}
