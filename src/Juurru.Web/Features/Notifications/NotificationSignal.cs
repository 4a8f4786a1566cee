using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Juurru.Features.Notifications;

/// <summary>
/// Wakes this instance's mailer as soon as notifications are committed, so that e-mail goes out within moments rather
/// than at the next periodic check. It watches every save: notifications added in a save are announced when the save's
/// transaction commits (at once when it had none of its own), never before, when the mailer could not yet see them.
/// </summary>
public sealed class NotificationSignal : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConditionalWeakTable<DbContext, object> _waiting = [];

    /// <summary>Returns when woken or after <paramref name="timeout"/>, whichever is first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var timed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timed.CancelAfter(timeout);
        try
        {
            await _wake.Reader.ReadAsync(timed.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
    }

    public void Wake() => _wake.Writer.TryWrite(true);

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is { } context && context.ChangeTracker.Entries<Notification>().Any(e => e.State == EntityState.Added))
            _waiting.AddOrUpdate(context, this);
        return ValueTask.FromResult(result);
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null && _waiting.Remove(context)) Wake();
        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        if (eventData.Context is { } context && _waiting.Remove(context)) Wake();
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context && _waiting.Remove(context)) Wake();
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        if (eventData.Context is { } context) _waiting.Remove(context);
        return Task.CompletedTask;
    }
}
