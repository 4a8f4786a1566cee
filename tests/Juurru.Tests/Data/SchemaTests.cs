using System.Data.Common;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Data;

/// <summary>The hand-kept migrations must build exactly the model, on both databases.</summary>
public sealed class SchemaTests
{
    [Theory, Databases]
    public async Task Migrations_build_an_empty_database_that_matches_the_model(Db db)
    {
        await using var database = await TestDatabase.CreateAsync(db);
        await using var context = database.NewContext();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(context.Database.HasPendingModelChanges(), "The model has changed since the last migration: add a migration for each provider.");

        // Every table and column of the model exists in the database the migrations built.
        var columns = await ColumnsAsync(context);
        var missing = new List<string>();
        foreach (var entity in context.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsMappedToJson()))
        {
            var table = entity.GetTableName()!;
            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName(store);
                if (column is not null && !columns.Contains((table, column))) missing.Add($"{table}.{column}");
            }
        }
        Assert.Empty(missing);
    }

    private static async Task<HashSet<(string Table, string Column)>> ColumnsAsync(DbContext context)
    {
        var sql = context.Database.IsNpgsql()
            ? "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"
            : "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'";
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        var result = new HashSet<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) result.Add((reader.GetString(0), reader.GetString(1)));
        return result;
    }
}
