using Juurru.Data;
using Juurru.Identity;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Account;

/// <summary>
/// Deleting one's own account. What identifies the person goes (address, password, name, second factor, memberships,
/// notifications, requests); what they wrote for the network stays, signed by their organisation instead of their name:
/// practices belong to projects already, histories and submitted evaluations keep their place through the emptied row.
/// All in one transaction: a failure leaves the account as it was.
/// </summary>
public sealed class AccountDeletion(JuurruDbContext db, TimeProvider clock)
{
    public enum Outcome { Deleted, LastAdministrator }

    public async Task<Outcome> DeleteAsync(string userId, CancellationToken ct)
    {
        var admin = await db.Roles.Where(r => r.Name == Roles.Administrator).Select(r => r.Id).SingleOrDefaultAsync(ct);
        var admins = await db.UserRoles.Where(r => r.RoleId == admin).Select(r => r.UserId).ToListAsync(ct);
        // The site must keep someone who can run it.
        if (admins.Count == 1 && admins[0] == userId) return Outcome.LastAdministrator;

        var signature = await db.OrganisationMembers.Where(m => m.UserId == userId).OrderBy(m => m.Organisation!.SortKey)
            .Select(m => m.Organisation!.Name).FirstOrDefaultAsync(ct) ?? "";
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.PracticeRevisions.Where(r => r.UserId == userId).ExecuteUpdateAsync(u => u.SetProperty(r => r.UserName, signature), ct);
        await db.IndicatorRevisions.Where(r => r.UserId == userId).ExecuteUpdateAsync(u => u.SetProperty(r => r.UserName, signature), ct);
        await db.ProjectMembers.Where(m => m.UserId == userId).ExecuteDeleteAsync(ct);
        await db.OrganisationMembers.Where(m => m.UserId == userId).ExecuteDeleteAsync(ct);
        await db.NetworkCoordinators.Where(m => m.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Notifications.Where(n => n.UserId == userId).ExecuteDeleteAsync(ct);
        await db.NotificationOptOuts.Where(n => n.UserId == userId).ExecuteDeleteAsync(ct);
        await db.JoinRequests.Where(r => r.UserId == userId).ExecuteDeleteAsync(ct);
        await db.UserRoles.Where(r => r.UserId == userId).ExecuteDeleteAsync(ct);
        await db.UserClaims.Where(c => c.UserId == userId).ExecuteDeleteAsync(ct);
        await db.UserLogins.Where(l => l.UserId == userId).ExecuteDeleteAsync(ct);
        await db.UserTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(ct);
        var tombstone = $"deleted-{userId}";
        // Not through UserManager: its validation insists on an address. A new stamp ends every session at its next request.
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u
            .SetProperty(x => x.DeletedAt, clock.GetUtcNow().UtcDateTime)
            .SetProperty(x => x.DisplayName, signature)
            .SetProperty(x => x.UserName, tombstone)
            .SetProperty(x => x.NormalizedUserName, tombstone.ToUpperInvariant())
            .SetProperty(x => x.Email, (string?)null)
            .SetProperty(x => x.NormalizedEmail, (string?)null)
            .SetProperty(x => x.EmailConfirmed, false)
            .SetProperty(x => x.PasswordHash, (string?)null)
            .SetProperty(x => x.PhoneNumber, (string?)null)
            .SetProperty(x => x.TwoFactorEnabled, false)
            .SetProperty(x => x.LockoutEnabled, true)
            .SetProperty(x => x.LockoutEnd, DateTimeOffset.MaxValue)
            .SetProperty(x => x.SecurityStamp, Guid.NewGuid().ToString("N"))
            .SetProperty(x => x.ConcurrencyStamp, Guid.NewGuid().ToString()), ct);
        await tx.CommitAsync(ct);
        return Outcome.Deleted;
    }
}
