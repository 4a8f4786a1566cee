using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Juurru.Data;

/// <summary>
/// SQLite's migrations without the two commands that split them. To rebuild a table EF turns foreign keys off and on
/// around it, and as that pragma does nothing inside a transaction, it commits what came before, runs the pragma, and
/// opens another transaction: a crash in between left a migration half applied, and every later start failed on it
/// ("duplicate column name"). Here those pragmas are left out, since <see cref="DatabaseUpgrade"/> turns foreign keys off
/// for the whole run (and checks them after), so each migration is one transaction: applied whole or not at all.
/// </summary>
public sealed partial class SqliteMigrationsInOneTransaction(MigrationsSqlGeneratorDependencies dependencies, IRelationalAnnotationProvider annotations)
    : SqliteMigrationsSqlGenerator(dependencies, annotations)
{
    public override IReadOnlyList<MigrationCommand> Generate(IReadOnlyList<MigrationOperation> operations, IModel? model = null,
        MigrationsSqlGenerationOptions options = MigrationsSqlGenerationOptions.Default)
    {
        var commands = base.Generate(operations, model, options).Where(c => !ForeignKeysPragma().IsMatch(c.CommandText)).ToList();
        // Anything else outside the transaction would break the promise above: better found by the tests than by a crash.
        if (commands.FirstOrDefault(c => c.TransactionSuppressed) is { } outside)
            throw new InvalidOperationException($"A SQLite migration command would run outside its transaction: {outside.CommandText}");
        return commands;
    }

    [GeneratedRegex(@"^\s*PRAGMA foreign_keys\s*=\s*[01]\s*;?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignKeysPragma();
}
