using Juurru.Data;
using Juurru.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Evaluation;

/// <summary>
/// Nobody evaluates a practice of their own project or organisation. "Own organisation" is any organisation the
/// person belongs to that is named on the practice, leads one of its projects or carries out part of one.
/// </summary>
public static class ConflictOfInterest
{
    /// <summary>Those of <paramref name="practiceIds"/> that the user may not evaluate.</summary>
    public static async Task<HashSet<int>> PracticesOfAsync(JuurruDbContext db, string userId, IReadOnlyCollection<int> practiceIds, CancellationToken ct)
    {
        var projects = await db.ProjectMembers.Where(m => m.UserId == userId).Select(m => m.ProjectId).ToListAsync(ct);
        var organisations = await db.OrganisationMembers.Where(m => m.UserId == userId).Select(m => m.OrganisationId).ToListAsync(ct);
        if (projects.Count == 0 && organisations.Count == 0) return [];
        var ids = practiceIds.ToList();
        var conflicted = await db.Practices.Where(p => ids.Contains(p.Id) && (
                p.Projects.Any(x => projects.Contains(x.Id))
                || p.Organisations.Any(o => organisations.Contains(o.Id))
                || p.Projects.Any(x => x.LeadOrganisationId != null && organisations.Contains(x.LeadOrganisationId.Value))
                || p.Projects.Any(x => x.Partners.Any(pp => pp.Role == PartnerRole.CoImplementer && organisations.Contains(pp.OrganisationId)))))
            .Select(p => p.Id).ToListAsync(ct);
        return conflicted.ToHashSet();
    }

    public static async Task<bool> AppliesAsync(JuurruDbContext db, string userId, int practiceId, CancellationToken ct) =>
        (await PracticesOfAsync(db, userId, [practiceId], ct)).Count > 0;
}
