using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Juurru.Data;

/// <summary>
/// An entity people edit. Its <see cref="Version"/> is a database concurrency token: every save that changes the row
/// adds one, and the UPDATE only matches the row at the version it was read (or that the edit form was opened) at.
/// A save that lost the race then changes nothing and throws <see cref="DbUpdateConcurrencyException"/>, inside the
/// same transaction as everything else of that save (revisions, search index), so nothing of it is written.
/// Comparing versions in application code is not enough: two saves can both pass the comparison before either writes.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}

public static class Versions
{
    public static void Configure(ModelBuilder builder)
    {
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
            builder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
    }

    /// <summary>Each changed versioned row goes one past the version its save is checked against.</summary>
    public static void Bump(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<IVersioned>())
        {
            if (entry.State != EntityState.Modified) continue;
            var version = entry.Property(e => e.Version);
            version.CurrentValue = version.OriginalValue + 1;
        }
    }

    /// <summary>
    /// Saves, and says false instead of throwing when the save lost a race on a version while another try is still
    /// allowed; the tracker is then cleared, so that the next try reads everything fresh.
    /// </summary>
    public static async Task<bool> SavedUnlessRaceLostAsync(this JuurruDbContext db, bool mayTryAgain, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException) when (mayTryAgain)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
