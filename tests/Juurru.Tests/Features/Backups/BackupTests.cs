using Juurru.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Juurru.Tests.Features.Backups;

/// <summary>The operator's commands on the embedded database, run as processes the way the docs tell an operator to.</summary>
public sealed class BackupTests
{
    [Fact]
    public async Task A_backup_taken_under_writes_restores_to_a_whole_site_with_the_same_data_and_files()
    {
        using var site = new SiteProcess();
        await site.StartAndWaitAsync();
        var attachments = Path.Combine(site.Data, "attachments");
        Directory.CreateDirectory(attachments);
        for (var i = 0; i < 3; i++) await File.WriteAllBytesAsync(Path.Combine(attachments, $"liite-{i}.pdf"), Enumerable.Range(0, 5000 + i).Select(b => (byte)(b * 7 + i)).ToArray());
        var archive = Path.Combine(site.Data, "varmuuskopio.zip");

        // A writer keeps adding rows while the backup is taken; every row it finished before the backup began must be in it.
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            await using var connection = Open(site.Database);
            while (!stop.IsCancellationRequested)
            {
                await using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO Keywords (Name, NormalizedName) VALUES ($n, $n)";
                insert.Parameters.AddWithValue("$n", $"varmuus {written}");
                await insert.ExecuteNonQueryAsync();
                Interlocked.Increment(ref written);
            }
        });
        while (Volatile.Read(ref written) < 50) await Task.Delay(10);
        var before = Volatile.Read(ref written);
        var (code, output) = await site.RunCommandAsync("backup", archive);
        var after = Volatile.Read(ref written);
        await stop.CancelAsync();
        await writer;
        site.Kill();
        Assert.True(code == 0, output);

        using var restored = new SiteProcess();
        var (restoreCode, restoreOutput) = await restored.RunCommandAsync("restore", archive);
        Assert.True(restoreCode == 0, restoreOutput);
        await restored.StartAndWaitAsync();

        var keywords = Count(restored.Database, "SELECT count(*) FROM Keywords WHERE Name LIKE 'varmuus %'");
        Assert.InRange(keywords, before, after);
        foreach (var table in new[] { "Regions", "Networks", "Themes", "AspNetRoles", "__EFMigrationsHistory" })
            Assert.Equal(Count(site.Database, $"SELECT count(*) FROM \"{table}\""), Count(restored.Database, $"SELECT count(*) FROM \"{table}\""));
        foreach (var file in Directory.GetFiles(attachments))
            Assert.Equal(await File.ReadAllBytesAsync(file), await File.ReadAllBytesAsync(Path.Combine(restored.Data, "attachments", Path.GetFileName(file))));
    }

    [Fact]
    public async Task Restoring_a_file_that_is_not_a_backup_changes_nothing_and_says_why()
    {
        using var site = new SiteProcess();
        await site.StartAndWaitAsync();
        site.Kill();
        var notBackup = Path.Combine(site.Data, "jotain.zip");
        using (var zip = System.IO.Compression.ZipFile.Open(notBackup, System.IO.Compression.ZipArchiveMode.Create)) zip.CreateEntry("kuva.png");
        var networks = Count(site.Database, "SELECT count(*) FROM Networks");

        var (code, output) = await site.RunCommandAsync("restore", notBackup);

        Assert.Equal(1, code);
        Assert.Contains("Mitään ei palautettu", output);
        Assert.Equal(networks, Count(site.Database, "SELECT count(*) FROM Networks"));
        Assert.False(Directory.EnumerateDirectories(site.Data, "before-restore-*").Any());
    }

    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        return connection;
    }

    private static long Count(string file, string sql)
    {
        using var connection = Open(file);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
