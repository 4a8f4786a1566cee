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

    public override async Task<List<SearchHit>> MatchAsync(JuurruDbContext db, SearchKind kind, SearchQuery query, CancellationToken ct)
    {
        var sql = query.IsEmpty
            ? "SELECT entity_id, facets, sort_date, sort_title, 0.0::float8 FROM search_docs WHERE kind = @kind"
            : $"SELECT entity_id, facets, sort_date, sort_title, {Rank}::float8 FROM search_docs WHERE kind = @kind AND tsv @@ @match::tsquery";
        await using var cmd = await CommandAsync(db, sql, ct);
        Add(cmd, "@kind", KindName(kind));
        if (!query.IsEmpty) Add(cmd, "@match", TsQuery(query));
        var hits = new List<SearchHit>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            hits.Add(new SearchHit(reader.GetInt32(0), reader.GetString(1), DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc),
                reader.GetString(3), reader.GetDouble(4)));
        }
        return hits;
    }

    public override async Task<Dictionary<string, int>> VocabularyAsync(JuurruDbContext db, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, "SELECT word, ndoc FROM ts_stat('SELECT tsv FROM search_docs')", ct);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) vocabulary[reader.GetString(0)] = reader.GetInt32(1);
        return vocabulary;
    }

    /// <summary>tsquery syntax: ('a' | 'b' | 'c':*) &amp; …; a phrase joins its words with &lt;-&gt; (or &lt;N&gt; over a stop word).</summary>
    public static string TsQuery(SearchQuery query) =>
        string.Join(query.MatchAny ? " | " : " & ", query.Clauses.Select(c => c.Phrase
            ? "(" + string.Join("", c.Words.Select((w, i) => (i == 0 ? "" : w.Gap == 1 ? " <-> " : $" <{w.Gap}> ") + Alternatives(w))) + ")"
            : Alternatives(c.Words[0], query.Relaxed)));

    private static string Alternatives(QueryWord word, bool relaxed = false)
    {
        var t = word.Terms;
        var options = t.Terms.Select(Quote).Concat(t.Prefixes.Select(p => Quote(p) + ":*"));
        if (relaxed)
        {
            options = options.Concat(t.Related.Select(Quote));
            if (t.Parts.Length > 0) options = options.Append("(" + string.Join(" & ", t.Parts.Select(p => "(" + string.Join(" | ", p.Select(Quote)) + ")")) + ")");
        }
        return "(" + string.Join(" | ", options) + ")";
    }

    private static string Quote(string term) =>
        new StringBuilder("'").Append(term.Replace("\\", "\\\\").Replace("'", "''")).Append('\'').ToString();
}
