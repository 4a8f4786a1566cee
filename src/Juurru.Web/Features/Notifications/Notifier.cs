using Juurru.Data;
using Juurru.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Notifications;

/// <summary>
/// Writes notifications into the caller's unit of work: they are saved with the change they tell of, or not at all,
/// and the mailer sends them after the commit. Each is written in its recipient's own language.
/// </summary>
public sealed class Notifier(JuurruDbContext db, IStringLocalizer<SharedResource> L, TimeProvider clock)
{
    /// <summary>Adds one notification per person (the one who acted is left out); returns how many people will be told.</summary>
    /// <param name="write">Subject and body, called once per recipient with the recipient's language current.</param>
    public async Task<int> AddAsync(IEnumerable<string> userIds, string? actorId, NotificationKind kind, string path,
        Func<IStringLocalizer<SharedResource>, (string Subject, string Body)> write, CancellationToken ct)
    {
        var ids = userIds.Where(id => id != actorId).Distinct().ToList();
        if (ids.Count == 0) return 0;
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.DeletedAt == null).Select(u => new { u.Id, u.Language }).ToListAsync(ct);
        var muted = await db.NotificationOptOuts.AsNoTracking().Where(o => ids.Contains(o.UserId) && o.Kind == kind).Select(o => o.UserId).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var person in people)
        {
            var language = Cultures.IsSupported(person.Language) ? person.Language : Cultures.Default;
            var (subject, body) = Cultures.Using(language, () => write(L));
            db.Notifications.Add(new Notification
            {
                UserId = person.Id,
                Kind = kind,
                Language = language,
                Subject = subject.Length > 400 ? subject[..399] + "…" : subject,
                Body = body,
                Path = path,
                CreatedAt = now,
                Mail = muted.Contains(person.Id) ? MailState.NotWanted : MailState.Pending,
            });
        }
        return people.Count;
    }

    /// <summary>The network's coordinators; the administrators where the network has none, so that nothing waits unseen.</summary>
    public async Task<IReadOnlyList<string>> CoordinatorsOfAsync(int networkId, CancellationToken ct)
    {
        var coordinators = await db.NetworkCoordinators.Where(c => c.NetworkId == networkId).Select(c => c.UserId).ToListAsync(ct);
        return coordinators.Count > 0 ? coordinators : await AdministratorsAsync(ct);
    }

    public async Task<IReadOnlyList<string>> AdministratorsAsync(CancellationToken ct)
    {
        var role = await db.Roles.Where(r => r.Name == Identity.Roles.Administrator).Select(r => r.Id).SingleOrDefaultAsync(ct);
        return await db.UserRoles.Where(r => r.RoleId == role).Select(r => r.UserId).ToListAsync(ct);
    }

    /// <summary>The people who edit a practice: the members of its projects.</summary>
    public async Task<IReadOnlyList<string>> EditorsOfAsync(IEnumerable<int> projectIds, CancellationToken ct)
    {
        var ids = projectIds.ToList();
        return await db.ProjectMembers.Where(m => ids.Contains(m.ProjectId)).Select(m => m.UserId).Distinct().ToListAsync(ct);
    }
}
