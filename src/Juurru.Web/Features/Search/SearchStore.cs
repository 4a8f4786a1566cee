using System.Data.Common;
using Juurru.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Juurru.Features.Search;

/// <summary>A document the index matched; the score is higher for better matches (0 when there was no query).</summary>
public readonly record struct IndexMatch(int EntityId, double Score);

/// <summary>Matches of a query; <see cref="More"/> when there were more than <see cref="SearchStore.MaxMatches"/> and only that many are here.</summary>
public sealed class IndexMatches : List<IndexMatch>
{
    public IndexMatches() { }

    public IndexMatches(IEnumerable<IndexMatch> matches, bool more = false) : base(matches) => More = more;

    public bool More { get; }
}

/// <summary>
/// A matching document with what the result list needs. Results rank by tier first: -1 where several words
/// stand together, 0 exact, 1 found only by the relaxed query.
/// </summary>
public readonly record struct SearchHit(int EntityId, IndexedEntry Entry, double Score, int Tier = 0)
{
    public DateTime SortDate => Entry.SortDate;
    public string SortTitle => Entry.SortTitle;
}

/// <summary>
/// The index tables of one database (created by the migration "SearchIndex"). SQLite keeps terms in an FTS5
/// table ranked by BM25; PostgreSQL in a tsvector column with a GIN index ranked by ts_rank. Both get the terms
/// from <see cref="IndexedText"/>, and all writes run on the context's connection and transaction.
/// </summary>
public abstract class SearchStore
{
    /// <summary>
    /// A search ranks at most this many matches: all of them usually, the newest this many when the words are in a
    /// large part of a big bank. Ranking costs about a microsecond per match in SQLite (BM25) and more in
    /// PostgreSQL, so this bounds the time of any search; the total then reads "over 2 000" and the facet counts
    /// cover the ranked matches, as search engines do that track totals up to a bound.
    /// </summary>
    public const int MaxMatches = 2_000;

    public static SearchStore For(JuurruDbContext db) => db.Database.IsNpgsql() ? new PostgresSearchStore() : new SqliteSearchStore();

    /// <summary>Replaces the entries of the given entities: those without a document are removed.</summary>
    public abstract Task ReplaceAsync(JuurruDbContext db, SearchKind kind, IReadOnlyCollection<int> entityIds,
        IReadOnlyList<(SearchDocument Doc, IndexedText Text)> docs, CancellationToken ct);

    public abstract Task ClearAsync(JuurruDbContext db, CancellationToken ct);

    /// <summary>Documents of a kind that match the query, or all of them for an empty query.</summary>
    public abstract Task<IndexMatches> MatchAsync(JuurruDbContext db, SearchKind kind, SearchQuery query, CancellationToken ct);

    /// <summary>Facet values and sort keys of every document of a kind (see <see cref="FacetTable"/>).</summary>
    public async Task<List<(int EntityId, string Facets, DateTime SortDate, string SortTitle)>> EntriesAsync(JuurruDbContext db, SearchKind kind, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, "SELECT entity_id, facets, sort_date, sort_title FROM search_docs WHERE kind = @kind", ct);
        Add(cmd, "@kind", KindName(kind));
        var rows = new List<(int, string, DateTime, string)>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add((reader.GetInt32(0), reader.GetString(1), ReadDate(reader, 2), reader.GetString(3)));
        return rows;
    }

    protected abstract DateTime ReadDate(DbDataReader reader, int ordinal);

    /// <summary>Marks the index as changed, in the writing transaction, so every instance reloads its <see cref="FacetTable"/>.</summary>
    public Task StampAsync(JuurruDbContext db, CancellationToken ct) => SetMetaAsync(db, FacetTable.VersionKey, Guid.NewGuid().ToString("N"), ct);

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
