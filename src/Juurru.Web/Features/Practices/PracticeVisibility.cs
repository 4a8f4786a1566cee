using Juurru.Identity;

namespace Juurru.Features.Practices;

/// <summary>List queries see only what the user may read: published practices, plus their own drafts for editors.</summary>
public static class PracticeVisibility
{
    public static IQueryable<Practice> VisibleTo(this IQueryable<Practice> practices, UserScope user, bool includeUnpublished)
    {
        if (!includeUnpublished || !user.IsSignedIn) return practices.Where(p => p.Status == PracticeStatus.Published);
        if (user.IsAdministrator) return practices.Where(p => p.Status != PracticeStatus.Archived);
        var networks = user.CoordinatedNetworkIds.ToList();
        var projects = user.ProjectIds.ToList();
        return practices.Where(p => p.Status == PracticeStatus.Published
            || (p.Status != PracticeStatus.Archived
                && (networks.Contains(p.NetworkId) || p.Projects.Any(x => projects.Contains(x.Id)))));
    }
}
