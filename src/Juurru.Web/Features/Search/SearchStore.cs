using System.Data.Common;
using Juurru.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Juurru.Features.Search;

/// <summary>
/// One matching document as the index returns it; the score is higher for better matches (0 when there was no query).
/// Results rank by tier first: -1 where several words stand together, 0 exact, 1 found only by the relaxed query.
/// </summary>
public readonly record struct SearchHit(int EntityId, string Facets, DateTime SortDate, string SortTitle, double Score, int Tier = 0);

/// <summary>
/// The index tables of one database (created by the migration "SearchIndex"). SQLite keeps terms in an FTS5
/// table ranked by BM25; PostgreSQL in a tsvector column with a GIN index ranked by ts_rank. Both get the terms
/// from <see cref="IndexedText"/>, and all writes run on the context's connection and transaction.
/// </summary>
public abstract class SearchStore
{
    public static SearchStore For(JuurruDbContext db) => db.Database.IsNpgsql() ? new PostgresSearchStore() : new SqliteSearchStore();

    /// <summary>Replaces the entries of the given entities: those without a document are removed.</summary>
    public abstract Task ReplaceAsync(JuurruDbContext db, SearchKind kind, IReadOnlyCollection<int> entityIds,
        IReadOnlyList<(SearchDocument Doc, IndexedText Text)> docs, CancellationToken ct);

    public abstract Task ClearAsync(JuurruDbContext db, CancellationToken ct);

    /// <summary>Documents of a kind that match the query, or all of them for an empty query.</summary>
    public abstract Task<List<SearchHit>> MatchAsync(JuurruDbContext db, SearchKind kind, SearchQuery query, CancellationToken ct);

    /// <summary>Every indexed term with the number of documents it occurs in (for spelling suggestions).</summary>
    public abstract Task<Dictionary<string, int>> VocabularyAsync(JuurruDbContext db, CancellationToken ct);

    public async Task<string?> GetMetaAsync(JuurruDbContext db, string key, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, "SELECT value FROM search_meta WHERE key = @key", ct);
        Add(cmd, "@key", key);
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    public async Task SetMetaAsync(JuurruDbContext db, string key, string value, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db,
            "INSERT INTO search_meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", ct);
        Add(cmd, "@key", key);
        Add(cmd, "@value", value);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    protected static async Task<DbCommand> CommandAsync(JuurruDbContext db, string sql, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return cmd;
    }

    protected static DbParameter Add(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
        return p;
    }

    protected static string KindName(SearchKind kind) => kind == SearchKind.Practice ? "practice" : "project";
}
