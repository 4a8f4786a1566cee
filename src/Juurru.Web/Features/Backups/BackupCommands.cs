using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Backups;

/// <summary>`backup &lt;archive.zip&gt;` (while the site runs) and `restore &lt;archive.zip&gt;` (with the site stopped).</summary>
public static class BackupCommands
{
    public static async Task<int> BackupAsync(WebApplication app, string[] args)
    {
        var L = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (args.Length != 1)
        {
            Console.Error.WriteLine(L["Give the archive to write, e.g. backup /var/backups/juurru-2026-12-01.zip"]);
            return 2;
        }
        var (database, attachments) = Locations(app);
        var manifest = await SiteBackup.CreateAsync(database, attachments, Path.GetFullPath(args[0]), DateTime.UtcNow, CancellationToken.None);
        Console.WriteLine(manifest.HasDatabase
            ? L.Plural(manifest.Attachments, "Backed up the database and {0} attachment to {1}.", "Backed up the database and {0} attachments to {1}.", args[0])
            : L.Plural(manifest.Attachments, "Backed up {0} attachment to {1}. The database is PostgreSQL: back it up with pg_dump (docs/OPERATIONS.md).", "Backed up {0} attachments to {1}. The database is PostgreSQL: back it up with pg_dump (docs/OPERATIONS.md).", args[0]));
        return 0;
    }

    public static async Task<int> RestoreAsync(WebApplication app, string[] args)
    {
        var L = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine(L["Give a backup archive that exists, e.g. restore /var/backups/juurru-2026-12-01.zip"]);
            return 2;
        }
        var (database, attachments) = Locations(app);
        try
        {
            var aside = await SiteBackup.RestoreAsync(Path.GetFullPath(args[0]), database, attachments, DateTime.UtcNow, L, CancellationToken.None);
            Console.WriteLine(L["Restored {0}. What it replaced is in {1}. Start the site: it upgrades the restored database if the backup is older.", args[0], aside]);
            return 0;
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine(L["Nothing was restored: {0}", e.Message]);
            return 1;
        }
    }

    /// <summary>The SQLite file (null on PostgreSQL) and the attachment folder, as the site is configured.</summary>
    private static (string? Database, string Attachments) Locations(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JuurruDbContext>();
        var database = db.Database.IsSqlite() ? Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource) : null;
        return (database, scope.ServiceProvider.GetRequiredService<JuurruPaths>().Attachments);
    }
}
