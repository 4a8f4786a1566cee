using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Backups;

/// <summary>
/// A whole embedded site in one archive: the SQLite database copied with SQLite's online backup (a consistent snapshot,
/// taken while the site keeps answering and writing) and the attachment files beside it. A restore checks the archive
/// first and swaps it in whole; what it replaces is kept in a folder of its own, never deleted.
/// On PostgreSQL the database is backed up with pg_dump (docs/OPERATIONS.md); the archive then carries the attachments only.
/// </summary>
public static class SiteBackup
{
    private const string DatabaseEntry = "juurru.db";
    private const string AttachmentsFolder = "attachments/";
    private const string ManifestEntry = "manifest.json";

    public sealed record Manifest(string Format, DateTime CreatedAt, bool HasDatabase, int Attachments);

    /// <param name="database">The SQLite file, or null when the database is PostgreSQL.</param>
    public static async Task<Manifest> CreateAsync(string? database, string attachments, string archive, DateTime now, CancellationToken ct)
    {
        var temporary = archive + ".part";
        var snapshot = Path.Combine(Path.GetTempPath(), $"juurru-backup-{Guid.NewGuid():N}.db");
        try
        {
            if (database is not null)
            {
                await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
                await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshot, Pooling = false }.ToString());
                await source.OpenAsync(ct);
                await target.OpenAsync(ct);
                source.BackupDatabase(target);
            }
            var files = Directory.Exists(attachments) ? Directory.GetFiles(attachments) : [];
            var manifest = new Manifest("juurru-backup-1", now, database is not null, files.Length);
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                if (database is not null) await zip.CreateEntryFromFileAsync(snapshot, DatabaseEntry, CompressionLevel.Optimal, ct);
                foreach (var file in files) await zip.CreateEntryFromFileAsync(file, AttachmentsFolder + Path.GetFileName(file), CompressionLevel.Fastest, ct);
                await using var entry = await zip.CreateEntry(ManifestEntry).OpenAsync(ct);
                await JsonSerializer.SerializeAsync(entry, manifest, cancellationToken: ct);
            }
            // Only a finished archive gets the name asked for.
            File.Move(temporary, archive, overwrite: true);
            return manifest;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(snapshot);
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Puts an archive in place of the site's database and attachments; the site must be stopped. Returns the folder
    /// where what was replaced now is. Throws <see cref="InvalidDataException"/> for an archive that is not a whole backup.
    /// </summary>
    public static async Task<string> RestoreAsync(string archive, string? database, string attachments, DateTime now, IStringLocalizer L, CancellationToken ct)
    {
        var staging = Directory.CreateTempSubdirectory("juurru-restore-").FullName;
        try
        {
            await using (var zip = await OpenAsync(archive, L, ct))
            {
                var manifest = zip.GetEntry(ManifestEntry) ?? throw new InvalidDataException(L["The file is not a Juurru backup: it has no manifest."]);
                await using (var stream = await manifest.OpenAsync(ct))
                {
                    var read = await JsonSerializer.DeserializeAsync<Manifest>(stream, cancellationToken: ct);
                    if (read?.Format != "juurru-backup-1") throw new InvalidDataException(L["The file is not a backup this version of Juurru can read."]);
                    if (read.HasDatabase != (database is not null))
                        throw new InvalidDataException(read.HasDatabase
                            ? L["The backup holds an SQLite database, but this site runs on PostgreSQL."]
                            : L["The backup holds no database (it was made on PostgreSQL); restore the database with pg_restore."]);
                }
                foreach (var entry in zip.Entries.Where(e => e.FullName == DatabaseEntry || (e.FullName.StartsWith(AttachmentsFolder) && e.Name.Length > 0)))
                {
                    // Names are the archive's: only plain file names, never a path out of the staging folder.
                    var name = entry.FullName == DatabaseEntry ? DatabaseEntry : Path.Combine("attachments", Path.GetFileName(entry.Name));
                    var target = Path.Combine(staging, name);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    await entry.ExtractToFileAsync(target, overwrite: false, ct);
                }
            }
            if (database is not null) await CheckAsync(Path.Combine(staging, DatabaseEntry), L, ct);

            // Swap: what is there now moves aside, the backup moves in.
            var aside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database ?? attachments))!, $"before-restore-{now:yyyyMMdd-HHmmss}");
            Directory.CreateDirectory(aside);
            if (database is not null)
            {
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                    if (File.Exists(database + suffix)) File.Move(database + suffix, Path.Combine(aside, Path.GetFileName(database) + suffix));
                File.Move(Path.Combine(staging, DatabaseEntry), database);
            }
            if (Directory.Exists(attachments)) Directory.Move(attachments, Path.Combine(aside, "attachments"));
            var restored = Path.Combine(staging, "attachments");
            if (Directory.Exists(restored)) MoveDirectory(restored, attachments);
            else Directory.CreateDirectory(attachments);
            return aside;
        }
        finally
        {
            try { Directory.Delete(staging, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<ZipArchive> OpenAsync(string archive, IStringLocalizer L, CancellationToken ct)
    {
        try
        {
            return await ZipFile.OpenReadAsync(archive, ct);
        }
        catch (InvalidDataException)
        {
            throw new InvalidDataException(L["The file is not a zip archive."]);
        }
    }

    private static async Task CheckAsync(string file, IStringLocalizer L, CancellationToken ct)
    {
        if (!File.Exists(file)) throw new InvalidDataException(L["The backup's database is missing."]);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        string? result;
        try { result = (string?)await command.ExecuteScalarAsync(ct); }
        catch (SqliteException) { result = null; } // not a database at all
        if (result != "ok") throw new InvalidDataException(L["The backup's database is damaged."]);
    }

    /// <summary>Directory.Move does not cross file systems (the temp folder may be on another one).</summary>
    private static void MoveDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Move(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
