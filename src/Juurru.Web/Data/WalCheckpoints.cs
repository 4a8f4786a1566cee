using Microsoft.EntityFrameworkCore;

namespace Juurru.Data;

/// <summary>
/// Empties SQLite's write-ahead log into the database file when a change must not survive in it: the log keeps the
/// earlier versions of changed pages until a checkpoint, so a copy of the data folder would still hold them. A checkpoint
/// that readers keep from finishing is tried again a little later, until it finishes. Nothing to do on PostgreSQL
/// (see docs/OPERATIONS.md on its dead rows).
/// </summary>
public sealed class WalCheckpoints(IServiceScopeFactory scopes, ILogger<WalCheckpoints> log)
{
    private static readonly TimeSpan[] Waits = [TimeSpan.Zero, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30)];
    private int _running;
    private int _requested;

    /// <summary>Asks for a checkpoint after what has just been committed; returns at once.</summary>
    public void Request()
    {
        Interlocked.Exchange(ref _requested, 1);
        if (Interlocked.CompareExchange(ref _running, 1, 0) == 0) _ = Task.Run(RunAsync);
    }

    /// <summary>Completes when no checkpoint is asked for or running (tests).</summary>
    public async Task IdleAsync()
    {
        while (Volatile.Read(ref _running) == 1 || Volatile.Read(ref _requested) == 1) await Task.Delay(20);
    }

    private async Task RunAsync()
    {
        try
        {
            while (Interlocked.Exchange(ref _requested, 0) == 1)
            {
                foreach (var wait in Waits)
                {
                    await Task.Delay(wait);
                    if (await TruncateAsync()) break;
                }
            }
        }
        catch (Exception e)
        {
            log.LogError(e, "The write-ahead log could not be checkpointed.");
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
        if (Volatile.Read(ref _requested) == 1) Request();
    }

    /// <summary>True when the log was emptied (or there is none); false when readers kept it from finishing.</summary>
    private async Task<bool> TruncateAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JuurruDbContext>();
        if (!db.Database.IsSqlite()) return true;
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        // One row: busy (1 when readers kept it from finishing), frames in the log, frames checkpointed.
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() && reader.GetInt32(0) == 0;
    }
}
