using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Juurru.Data;

/// <summary>
/// Upgrading the schema and shipping the seed data so that it always finishes, whoever else starts at the same time and
/// wherever a previous start was killed:
/// <list type="bullet">
/// <item>one process at a time, for the whole run of migrations and seeding: on PostgreSQL a session advisory lock
/// (two instances started together on an empty database), on SQLite an operating-system lock on a file beside the
/// database, which the system releases when a process dies;</item>
/// <item>on SQLite, a row left in EF's own lock table by a killed process is cleared (nobody else can hold it while we
/// hold the file lock), with a warning, instead of every later start waiting for it forever;</item>
/// <item>on SQLite, foreign keys are off for the connection during the run, so that the table rebuilds of a migration
/// stay inside its transaction (see <see cref="SqliteMigrationsInOneTransaction"/>); they are checked after.</item>
/// </list>
/// </summary>
public static class DatabaseUpgrade
{
    /// <summary>Any fixed number shared by all instances: "Juurru" in ASCII, then 1.</summary>
    public const long PostgresLockKey = 0x4A7575727275_01;

    /// <summary>The file whose lock stands for "upgrading" on SQLite: beside the database.</summary>
    public static string LockFileOf(string databaseFile) => Path.GetFullPath(databaseFile) + ".upgrade-lock";

    public static async Task RunAloneAsync(JuurruDbContext db, ILogger log, Func<Task> seed, CancellationToken ct)
    {
        if (db.Database.IsNpgsql()) await OnPostgresAsync(db, log, seed, ct);
        else await OnSqliteAsync(db, log, seed, ct);
    }

    private static async Task OnPostgresAsync(JuurruDbContext db, ILogger log, Func<Task> seed, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            try { await creator.CreateAsync(ct); }
            catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.DuplicateDatabase) { } // another instance was first
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // Tried rather than waited for, so that a wait is said in the log instead of passing in silence.
            var told = false;
            while (!await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_lock({PostgresLockKey}) AS \"Value\"").SingleAsync(ct))
            {
                if (!told) log.LogInformation("Another instance is upgrading the database; waiting for it");
                told = true;
                await Task.Delay(250, ct);
            }
            try
            {
                await MigrateAsync(db, log, ct);
                await seed();
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({PostgresLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task OnSqliteAsync(JuurruDbContext db, ILogger log, Func<Task> seed, CancellationToken ct)
    {
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var inMemory = string.IsNullOrEmpty(file) || file == ":memory:";
        if (!inMemory) Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        await using var gate = inMemory ? null : await FileGate.EnterAsync(LockFileOf(file), log, ct);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // Outside any transaction: the pragma is a no-op inside one.
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = 0;", ct);
            await ClearStaleSqliteLockAsync(db, log, ct);
            await MigrateAsync(db, log, ct);
            var broken = await db.Database.SqlQueryRaw<string>("SELECT \"table\" AS \"Value\" FROM pragma_foreign_key_check").ToListAsync(ct);
            if (broken.Count > 0)
                throw new InvalidOperationException($"After the upgrade, rows in {string.Join(", ", broken.Distinct())} refer to rows that do not exist.");
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = 1;", ct);
            // Readers do not block the writer; kept in the file, so set once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await seed();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task ClearStaleSqliteLockAsync(JuurruDbContext db, ILogger log, CancellationToken ct)
    {
        if (!await TableExistsAsync(db, "__EFMigrationsLock", ct)) return;
        if (await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", ct) > 0)
            log.LogWarning("A migration lock was left behind by a process that stopped during an upgrade; it was cleared and the upgrade runs again");
    }

    private static async Task MigrateAsync(JuurruDbContext db, ILogger log, CancellationToken ct)
    {
        // A database upgraded by a build this one does not know (a newer one, or an unreleased one whose migrations were
        // later renamed) cannot be upgraded safely from here: say so instead of failing halfway with an SQL error.
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        // On a new database EF finds out that its history table is missing by reading it, and logs the failed read as
        // an error (three times): an operator's first start should not begin with errors. So the catalog is asked, and
        // the empty table made first.
        if (!await TableExistsAsync(db, "__EFMigrationsHistory", ct))
            await db.Database.ExecuteSqlRawAsync(db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().GetCreateIfNotExistsScript(), ct);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException(
                $"The database has been upgraded by another build of Juurru (migrations {string.Join(", ", unknown)} are not part of this one). " +
                "Start the build that upgraded it, or restore a backup made by this build.");
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0) log.LogInformation("Upgrading the database: {Migrations}", string.Join(", ", pending));
        await db.Database.MigrateAsync(ct);
    }

    /// <summary>Asks the catalog, so that a missing table is an answer and not a failed (and logged) query.</summary>
    private static async Task<bool> TableExistsAsync(JuurruDbContext db, string table, CancellationToken ct) => db.Database.IsNpgsql()
        ? await db.Database.SqlQueryRaw<bool>("SELECT to_regclass({0}) IS NOT NULL AS \"Value\"", $"\"{table}\"").SingleAsync(ct)
        : await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {0}", table).SingleAsync(ct) > 0;

    /// <summary>An exclusive lock on a file, held until disposed or until the process ends, however it ends.</summary>
    private sealed class FileGate(FileStream stream) : IAsyncDisposable
    {
        public static async Task<FileGate> EnterAsync(string path, ILogger log, CancellationToken ct)
        {
            var told = false;
            while (true)
            {
                try
                {
                    return new FileGate(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                }
                catch (IOException)
                {
                    if (!told) log.LogInformation("Another process is upgrading the database ({Path}); waiting for it", path);
                    told = true;
                    await Task.Delay(250, ct);
                }
            }
        }

        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }
}
