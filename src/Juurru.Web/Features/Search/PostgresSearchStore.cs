using System.Text;
using Juurru.Data;

namespace Juurru.Features.Search;

/// <summary>
/// PostgreSQL: search_docs.tsv is a tsvector built by <see cref="IndexedText"/> (the analyzer's own terms, taken
/// as they are, as the 'simple' configuration would), GIN-indexed; queries are tsquery literals built here,
/// never parsed by PostgreSQL's own Finnish stemmer.
/// </summary>
public sealed class PostgresSearchStore : SearchStore
{
    // {D, C, B, A}: context, body, keywords, title, in the same proportions as SQLite's BM25 column weights.
    private const string Rank = "ts_rank('{0.03, 0.1, 0.4, 1.0}', tsv, @match::tsquery)";


    public override async Task ReplaceAsync(JuurruDbContext db, SearchKind kind, IReadOnlyCollection<int> entityIds,
        IReadOnlyList<(SearchDocument Doc, IndexedText Text)> docs, CancellationToken ct)
    {
        var keep = docs.Select(d => d.Doc.EntityId).ToHashSet();
        var gone = entityIds.Where(id => !keep.Contains(id)).ToArray();
        if (gone.Length > 0)
        {
            await using var delete = await CommandAsync(db, "DELETE FROM search_docs WHERE kind = @kind AND entity_id = ANY(@ids)", ct);
            Add(delete, "@kind", KindName(kind));
            Add(delete, "@ids", gone);
            await delete.ExecuteNonQueryAsync(ct);
        }
        if (docs.Count == 0) return;
        await using var upsert = await CommandAsync(db, """
            INSERT INTO search_docs (kind, entity_id, facets, sort_date, sort_title, tsv)
            VALUES (@kind, @entity, @facets, @date, @title, @tsv::tsvector)
            ON CONFLICT (kind, entity_id) DO UPDATE SET facets = excluded.facets, sort_date = excluded.sort_date,
                sort_title = excluded.sort_title, tsv = excluded.tsv
            """, ct);
        Add(upsert, "@kind", KindName(kind));
        var entity = Add(upsert, "@entity", 0);
        var facets = Add(upsert, "@facets", "");
        var date = Add(upsert, "@date", DateTime.UtcNow);
        var title = Add(upsert, "@title", "");
        var tsv = Add(upsert, "@tsv", "");
        foreach (var (doc, text) in docs)
        {
            entity.Value = doc.EntityId;
            facets.Value = doc.FacetText;
            date.Value = doc.SortDate;
            title.Value = doc.SortTitle;
            tsv.Value = text.TsVector;
            await upsert.ExecuteNonQueryAsync(ct);
        }
    }

    public override async Task ClearAsync(JuurruDbContext db, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, "DELETE FROM search_docs", ct);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public override async Task<IndexMatches> MatchAsync(JuurruDbContext db, SearchKind kind, SearchQuery query, CancellationToken ct)
    {
        if (query.IsEmpty) return new(await ReadAsync(db, "SELECT entity_id, 0.0::float8 FROM search_docs WHERE kind = @kind", kind, null, ct));
        // Newest first, ranking stopped after MaxMatches (PostgreSQL ranks only the rows the limit keeps).
        var matches = await ReadAsync(db, $"""
            SELECT entity_id, {Rank}::float8 FROM search_docs WHERE kind = @kind AND tsv @@ @match::tsquery
            ORDER BY entity_id DESC LIMIT {MaxMatches + 1}
            """, kind, TsQuery(query), ct);
        var more = matches.Count > MaxMatches;
        if (more) matches.RemoveAt(matches.Count - 1);
        return new(matches, more);
    }

    private static async Task<List<IndexMatch>> ReadAsync(JuurruDbContext db, string sql, SearchKind kind, string? match, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, sql, ct);
        Add(cmd, "@kind", KindName(kind));
        if (match is not null) Add(cmd, "@match", match);
        var hits = new List<IndexMatch>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) hits.Add(new IndexMatch(reader.GetInt32(0), reader.GetDouble(1)));
        return hits;
    }

    protected override DateTime ReadDate(System.Data.Common.DbDataReader reader, int ordinal) =>
        DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc);

    public override async Task<Dictionary<string, int>> VocabularyAsync(JuurruDbContext db, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, "SELECT word, ndoc FROM ts_stat('SELECT tsv FROM search_docs')", ct);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) vocabulary[reader.GetString(0)] = reader.GetInt32(1);
        return vocabulary;
    }

    /// <summary>tsquery syntax: ('a' | 'b' | 'c':*) &amp; …; a phrase joins its words with &lt;-&gt; (or &lt;N&gt; over a stop word).</summary>
    public static string TsQuery(SearchQuery query)
    {
        string Term(string t) => Quote(t);
        string Prefix(string p) => Quote(p) + ":*";
        string Alternatives(QueryWord word, bool relaxed)
        {
            var t = word.Terms;
            var options = t.Terms.Select(Term).Concat(t.Prefixes.Select(Prefix));
            if (relaxed)
            {
                options = options.Concat(t.Related.Select(Term));
                if (t.Parts.Length > 0) options = options.Append("(" + string.Join(" & ", t.Parts.Select(p => "(" + string.Join(" | ", p.Select(Term)) + ")")) + ")");
            }
            return "(" + string.Join(" | ", options) + ")";
        }
        return string.Join(query.MatchAny ? " | " : " & ", query.Clauses.Select(c => c.Phrase
            ? "(" + string.Join("", c.Words.Select((word, i) => (i == 0 ? "" : word.Gap == 1 ? " <-> " : $" <{word.Gap}> ") + Alternatives(word, false))) + ")"
            : Alternatives(c.Words[0], query.Relaxed)));
    }

    private static string Quote(string term) =>
        new StringBuilder("'").Append(term.Replace("\\", "\\\\").Replace("'", "''")).Append('\'').ToString();
}
