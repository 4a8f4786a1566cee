using Juurru.Data;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Rooting.Adoptions;

/// <summary>
/// The writes of adoptions. Each is one transaction with the practice's rooting summary, so that the badge, the facets
/// and the search index never disagree with the adoptions they sum up.
/// </summary>
public sealed class AdoptionWork(JuurruDbContext db, TimeProvider clock)
{
    public async Task<Adoption> RecordAsync(int practiceId, int organisationId, AdoptionTerms terms, AdoptionSource source, string userName, CancellationToken ct)
    {
        var adoption = Adoption.Record(practiceId, organisationId, terms, source, userName, clock.GetUtcNow().UtcDateTime);
        db.Adoptions.Add(adoption);
        await SaveAsync([practiceId], ct);
        return adoption;
    }

    public Task UpdateAsync(Adoption adoption, AdoptionTerms terms, AdoptionSource source, string userName, CancellationToken ct)
    {
        adoption.Apply(terms, source, userName, clock.GetUtcNow().UtcDateTime);
        return SaveAsync([adoption.PracticeId], ct);
    }

    public Task ReportAsync(Adoption adoption, AdoptionStatus status, string stopReason, AdoptionSource source, string userName, CancellationToken ct)
    {
        adoption.Report(status, stopReason, source, userName, clock.GetUtcNow().UtcDateTime);
        return SaveAsync([adoption.PracticeId], ct);
    }

    /// <summary>Saves what is tracked and brings the practices' summaries in line, in one transaction.</summary>
    public async Task SaveAsync(IReadOnlyCollection<int> practiceIds, CancellationToken ct)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct);
        await RefreshAsync(db, practiceIds, ct);
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
    }

    /// <summary>Recomputes the rooting summaries of the practices from their saved adoptions (the caller saves).</summary>
    public static async Task RefreshAsync(JuurruDbContext db, IReadOnlyCollection<int> practiceIds, CancellationToken ct)
    {
        var ids = practiceIds.Distinct().ToList();
        var adoptions = (await db.Adoptions.Where(a => ids.Contains(a.PracticeId)).Select(a => new { a.PracticeId, a.Status, a.ConfirmedAt }).ToListAsync(ct))
            .ToLookup(a => a.PracticeId);
        foreach (var practice in await db.Practices.Where(p => ids.Contains(p.Id)).ToListAsync(ct))
            practice.RecordRooting(RootingSummary.Of(adoptions[practice.Id].Select(a => (a.Status, a.ConfirmedAt))));
    }
}
