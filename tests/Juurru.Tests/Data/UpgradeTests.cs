using System.Diagnostics;
using Juurru.Data;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Data;

/// <summary>Upgrades that always finish: whoever starts at the same time, wherever an earlier start was killed.</summary>
public sealed class UpgradeTests
{
    [Theory, Databases]
    public async Task Two_instances_started_together_on_an_empty_database_both_start(Db db)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(db);

        // Both start at once: each runs the migrations and the seeding, one after the other.
        var apps = await Task.WhenAll(Task.Run(() => JuurruApp.StartOn(database)), Task.Run(() => JuurruApp.StartOn(database)));
        try
        {
            await using var ctx = database.NewContext();
            Assert.Empty(await ctx.Database.GetPendingMigrationsAsync());
            Assert.Equal(1, await ctx.Roles.CountAsync());
            Assert.Equal(1, await ctx.Networks.CountAsync(n => n.Slug == Juurru.Data.Seeding.ReferenceData.TransitionsNetworkSlug));
            Assert.Equal(await ctx.Regions.Select(r => r.Code).Distinct().CountAsync(), await ctx.Regions.CountAsync());
        }
        finally
        {
            foreach (var app in apps) await app.DisposeAsync();
        }
    }

    /// <summary>The lock is held from the first migration to the end of the seeding: a start waits while another holds it.</summary>
    [Theory, Databases]
    public async Task A_start_waits_while_another_process_is_upgrading(Db db)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(db);
        await using var held = await HoldUpgradeLockAsync(database);

        var start = Task.Run(() => JuurruApp.StartOn(database));
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.False(start.IsCompleted);
        await held.DisposeAsync();
        await using var app = await start;
        Assert.True(await app.WithDbAsync(ctx => ctx.Regions.AnyAsync()));
    }

    private static async Task<IAsyncDisposable> HoldUpgradeLockAsync(TestDatabase database)
    {
        if (database.Kind == Db.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            return new FileStream(DatabaseUpgrade.LockFileOf(file), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({DatabaseUpgrade.PostgresLockKey})", connection);
        await command.ExecuteNonQueryAsync();
        return connection; // closing the session releases the lock
    }

    /// <summary>
    /// The review's kill test: the site is killed again and again while it upgrades a new database, each time a little
    /// later, and then starts cleanly with every migration applied whole. Before, a kill left EF's lock row behind (the next
    /// start waited forever) or a migration half applied (every next start failed).
    /// </summary>
    [Fact]
    public async Task Killed_during_the_upgrade_again_and_again_the_site_then_starts_cleanly()
    {
        using var site = new SiteProcess();
        var killedMidway = 0;
        foreach (var delay in new[] { 0, 100, 200, 350, 500, 700, 1000, 1400 })
        {
            site.Start(logLevel: "Information");
            var clock = Stopwatch.StartNew();
            while (!site.Output.Any(line => line.Contains("Upgrading the database") || line.Contains("Now listening")) && clock.Elapsed < TimeSpan.FromSeconds(60))
                await Task.Delay(10);
            await Task.Delay(delay);
            site.Kill();
            if (!site.Output.Any(line => line.Contains("Now listening"))) killedMidway++;
        }
        Assert.True(killedMidway >= 3, $"only {killedMidway} kills fell before the site was up");

        site.Start(logLevel: "Warning");
        await site.AnsweringAsync(TimeSpan.FromSeconds(120));

        await using var ctx = new SqliteJuurruDbContext(new DbContextOptionsBuilder<SqliteJuurruDbContext>().UseSqlite($"Data Source={site.Database};Pooling=False").Options);
        Assert.Empty(await ctx.Database.GetPendingMigrationsAsync());
        Assert.Equal(1, await ctx.Roles.CountAsync());
        Assert.Empty(await ctx.Database.SqlQueryRaw<string>("SELECT \"table\" AS \"Value\" FROM pragma_foreign_key_check").ToListAsync());
    }

    [Fact]
    public async Task A_migration_lock_left_by_a_killed_process_is_cleared_with_a_warning()
    {
        using var site = new SiteProcess();
        await site.StartAndWaitAsync();
        site.Kill();
        await using (var ctx = new SqliteJuurruDbContext(new DbContextOptionsBuilder<SqliteJuurruDbContext>().UseSqlite($"Data Source={site.Database};Pooling=False").Options))
        {
            // What EF's lock leaves when its process dies between taking and releasing it.
            await ctx.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"Timestamp\" TEXT NOT NULL)");
            await ctx.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-11-30 12:00:00')");
        }

        site.Start(logLevel: "Warning");
        await site.AnsweringAsync(TimeSpan.FromSeconds(60));

        Assert.Contains(site.Output, line => line.Contains("migration lock was left behind"));
    }

    [Fact]
    public async Task Every_sqlite_migration_runs_inside_its_transaction_with_no_foreign_key_pragma()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(Db.Sqlite);
        await using var ctx = database.NewContext();

        // The application's generator throws for any command that would run outside the transaction.
        var script = Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>(ctx).GenerateScript();

        Assert.Contains("ef_temp_", script); // there are table rebuilds to be careful about
        Assert.DoesNotContain("PRAGMA foreign_keys", script);
    }

    /// <summary>
    /// A landed migration is never renamed, removed, edited into another or preceded by a new one: databases made by
    /// earlier builds must upgrade. The list in LandedMigrations.txt only grows; a new migration is added to its end.
    /// </summary>
    [Fact]
    public async Task The_list_of_migrations_only_grows()
    {
        var landed = (await File.ReadAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "Data", "LandedMigrations.txt")))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(' ', 2)).GroupBy(p => p[0], p => p[1]).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var kind in new[] { Db.Sqlite, Db.Postgres })
        {
            JuurruDbContext ctx = kind == Db.Sqlite
                ? new SqliteJuurruDbContext(new DbContextOptionsBuilder<SqliteJuurruDbContext>().UseSqlite("Data Source=:memory:").Options)
                : new PostgresJuurruDbContext(new DbContextOptionsBuilder<PostgresJuurruDbContext>().UseNpgsql("Host=localhost").Options);
            await using var _ = ctx;
            var now = ctx.Database.GetMigrations().ToList();
            var recorded = landed[kind.ToString()];
            Assert.True(now.Take(recorded.Count).SequenceEqual(recorded),
                $"{kind}: a landed migration was renamed, removed or preceded by a new one. Landed: {string.Join(", ", recorded)}; now: {string.Join(", ", now)}");
            Assert.True(now.Count == recorded.Count,
                $"{kind}: new migrations {string.Join(", ", now.Skip(recorded.Count))}: add them to the end of tests/Juurru.Tests/Data/LandedMigrations.txt");
        }
    }
}
