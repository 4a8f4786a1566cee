using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Juurru.Data;

/// <summary>
/// Every SQLite connection overwrites what is deleted or replaced with zeros (<c>secure_delete</c>, a setting of the
/// connection, not of the file): a copy of the database file then holds no earlier version of a changed row, such as
/// the link an anonymous response had to its invitation while it was being answered. <see cref="WalCheckpoints"/> does
/// the same for the write-ahead log.
/// </summary>
public sealed class SqliteSecureDelete : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA secure_delete = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
