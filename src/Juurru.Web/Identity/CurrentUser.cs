using System.Security.Claims;
using Juurru.Data;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Identity;

/// <summary>What the signed-in user may touch: loaded once per request, used by the authorization handlers and list queries.</summary>
public sealed record UserScope(
    string? UserId,
    bool IsAdministrator,
    IReadOnlySet<int> ProjectIds,
    IReadOnlySet<int> CoordinatedNetworkIds,
    IReadOnlySet<int> OrganisationIds,
    IReadOnlySet<int> EvaluatingPracticeIds)
{
    public static readonly UserScope Anonymous = new(null, false, new HashSet<int>(), new HashSet<int>(), new HashSet<int>(), new HashSet<int>());

    public bool IsSignedIn => UserId is not null;
    public bool IsCoordinator => CoordinatedNetworkIds.Count > 0;
    public bool Coordinates(int networkId) => IsAdministrator || CoordinatedNetworkIds.Contains(networkId);
}

public sealed class CurrentUser(IHttpContextAccessor http, JuurruDbContext db)
{
    private UserScope? _scope;

    public ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();
    public string? Id => Principal.FindFirstValue(ClaimTypes.NameIdentifier);
    public string Name => Principal.FindFirstValue("display_name") ?? Principal.Identity?.Name ?? "";

    public async Task<UserScope> GetScopeAsync(CancellationToken ct = default) => _scope ??= await LoadAsync(Principal, db, ct);

    public static async Task<UserScope> LoadAsync(ClaimsPrincipal principal, JuurruDbContext db, CancellationToken ct = default)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null) return UserScope.Anonymous;
        var projects = await db.ProjectMembers.Where(m => m.UserId == id).Select(m => m.ProjectId).ToListAsync(ct);
        var networks = await db.NetworkCoordinators.Where(c => c.UserId == id).Select(c => c.NetworkId).ToListAsync(ct);
        var organisations = await db.OrganisationMembers.Where(m => m.UserId == id).Select(m => m.OrganisationId).ToListAsync(ct);
        // Evaluators read the practices they evaluate in an open round, even before those are published.
        var evaluating = await db.Assignments.Where(a => a.EvaluatorId == id && a.Round!.Status == Features.Evaluation.RoundStatus.Open)
            .Select(a => a.PracticeId).Distinct().ToListAsync(ct);
        return new UserScope(id, principal.IsInRole(Roles.Administrator), projects.ToHashSet(), networks.ToHashSet(), organisations.ToHashSet(),
            evaluating.ToHashSet());
    }
}
