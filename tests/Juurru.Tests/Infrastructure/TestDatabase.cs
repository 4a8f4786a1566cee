using Juurru.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Juurru.Tests.Infrastructure;

public enum Db
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A fresh, migrated database for one test. Each provider migrates a template once per test run; a test gets a copy
/// (a file copy for SQLite, CREATE DATABASE … TEMPLATE for PostgreSQL), so tests are isolated and quick.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>Connection string of a PostgreSQL server with a role that may create databases, e.g. set by .ci/run.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable("JUURRU_TEST_POSTGRES");

    public const string PostgresSkipReason =
        "PostgreSQL is not configured here: set JUURRU_TEST_POSTGRES to a connection string (.ci/run does) to run these tests on PostgreSQL too.";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _sqliteTemplate;
    private static bool _postgresTemplateReady;
    // Names carry this process's id, so that two test runs on one PostgreSQL server neither share a template nor drop
    // each other's databases: leftovers are dropped only when the process that made them is gone.
    private static readonly string PostgresTemplate = $"juurru_tpl_{Environment.ProcessId}";

    private readonly string? _file;
    private readonly string? _postgresName;

    private TestDatabase(Db kind, string connectionString, string? file, string? postgresName)
    {
        Kind = kind;
        ConnectionString = connectionString;
        _file = file;
        _postgresName = postgresName;
    }

    public Db Kind { get; }
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(Db kind) => kind switch
    {
        Db.Postgres => await CreatePostgresAsync(),
        _ => await CreateSqliteAsync(),
    };

    private static async Task<TestDatabase> CreateSqliteAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_sqliteTemplate is null)
            {
                var template = Path.Combine(Path.GetTempPath(), $"juurru-template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
                await using (var context = NewSqlite(Sqlite(template))) await UpgradeAsync(context);
                SqliteConnection.ClearAllPools();
                _sqliteTemplate = template;
            }
        }
        finally
        {
            Gate.Release();
        }
        var file = Path.Combine(Path.GetTempPath(), $"juurru-test-{Guid.NewGuid():N}.db");
        File.Copy(_sqliteTemplate, file);
        return new TestDatabase(Db.Sqlite, Sqlite(file), file, null);
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var server = PostgresServer ?? throw new InvalidOperationException(PostgresSkipReason);
        var name = $"juurru_t_{Environment.ProcessId}_{Guid.NewGuid():N}";
        await Gate.WaitAsync();
        try
        {
            if (!_postgresTemplateReady)
            {
                await DropLeftoversAsync(server);
                await AdminAsync(server, $"DROP DATABASE IF EXISTS {PostgresTemplate} WITH (FORCE)");
                await AdminAsync(server, $"CREATE DATABASE {PostgresTemplate}");
                await using (var context = NewPostgres(Postgres(server, PostgresTemplate))) await UpgradeAsync(context);
                NpgsqlConnection.ClearAllPools();
                _postgresTemplateReady = true;
            }
            // A template may not be copied while anyone is connected to it, so copies are made one at a time.
            await AdminAsync(server, $"CREATE DATABASE {name} TEMPLATE {PostgresTemplate}");
        }
        finally
        {
            Gate.Release();
        }
        return new TestDatabase(Db.Postgres, Postgres(server, name), null, name);
    }

    /// <summary>The schema as the application makes it (its SQLite generator, its locks), without the seed data.</summary>
    private static Task UpgradeAsync(JuurruDbContext context) =>
        DatabaseUpgrade.RunAloneAsync(context, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, () => Task.CompletedTask, CancellationToken.None);

    /// <summary>A database that exists and holds nothing, as an administrator creates one for a new installation.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(Db kind)
    {
        if (kind == Db.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"juurru-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(Db.Sqlite, Sqlite(file), file, null);
        }
        var server = PostgresServer ?? throw new InvalidOperationException(PostgresSkipReason);
        var name = $"juurru_t_{Environment.ProcessId}_{Guid.NewGuid():N}";
        await AdminAsync(server, $"CREATE DATABASE {name}");
        return new TestDatabase(Db.Postgres, Postgres(server, name), null, name);
    }

    /// <summary>
    /// The database server gone, as far as the application can tell: the PostgreSQL database dropped (its sessions ended),
    /// or a folder where the SQLite file was. Disposing the result puts the SQLite file back so that clean-up works.
    /// </summary>
    public async Task<IAsyncDisposable> MakeUnreachableAsync()
    {
        if (_postgresName is not null)
        {
            await AdminAsync(PostgresServer!, $"DROP DATABASE {_postgresName} WITH (FORCE)");
            return new Restore(() => { });
        }
        SqliteConnection.ClearAllPools();
        File.Move(_file!, _file + ".away");
        Directory.CreateDirectory(_file!);
        return new Restore(() =>
        {
            Directory.Delete(_file!);
            File.Move(_file + ".away", _file!);
        });
    }

    private sealed class Restore(Action undo) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            undo();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Databases of earlier runs that could not be dropped at the time (and of older builds, without a process id).</summary>
    private static async Task DropLeftoversAsync(string server)
    {
        var names = new List<string>();
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                @"SELECT datname FROM pg_database WHERE datname LIKE 'juurru\_t\_%' OR datname LIKE 'juurru\_tpl\_%' OR datname = 'juurru_test_template'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        }
        foreach (var name in names.Where(n => !OfLivingRun(n)))
        {
            try { await AdminAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)"); } catch (PostgresException) { }
        }
    }

    private static bool OfLivingRun(string database)
    {
        var match = System.Text.RegularExpressions.Regex.Match(database, @"^juurru_(?:t|tpl)_(\d+)(?:_|$)");
        if (!match.Success || !int.TryParse(match.Groups[1].Value, out var pid)) return false;
        if (pid == Environment.ProcessId) return false; // this run starts over
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public JuurruDbContext NewContext() => Kind == Db.Postgres ? NewPostgres(ConnectionString) : NewSqlite(ConnectionString);

    private static SqliteJuurruDbContext NewSqlite(string cs) =>
        new(new DbContextOptionsBuilder<SqliteJuurruDbContext>().UseSqlite(cs)
            .ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsSqlGenerator, SqliteMigrationsInOneTransaction>().Options);

    private static PostgresJuurruDbContext NewPostgres(string cs) =>
        new(new DbContextOptionsBuilder<PostgresJuurruDbContext>().UseNpgsql(cs).Options);

    private static string Sqlite(string file) => new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();

    private static string Postgres(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();

    private static async Task AdminAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _file, _file + "-wal", _file + "-shm", DatabaseUpgrade.LockFileOf(_file) })
            {
                try { File.Delete(f); } catch (IOException) { /* still open by a finishing request; the temp folder is cleaned later */ }
            }
        }
        if (_postgresName is not null && PostgresServer is { } server)
        {
            NpgsqlConnection.ClearAllPools();
            // Cleaning up is not what the test is about: a database left behind (a server process still closing) is dropped with the next template.
            for (var attempt = 0; attempt < 3; attempt++)
            {
                try
                {
                    await AdminAsync(server, $"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)");
                    break;
                }
                catch (PostgresException)
                {
                    await Task.Delay(500);
                }
            }
        }
    }
}
