using System.Globalization;
using System.Text;
using Juurru.Data;

namespace Juurru.Features.Search;

/// <summary>
/// SQLite (tables made by the migration SearchIndex): search_docs holds facets and sort keys; search_fts is a contentless FTS5 table (rowid = search_docs.id)
/// whose four columns hold the analyzer's terms, split by unicode61 without touching diacritics.
/// </summary>
public sealed class SqliteSearchStore : SearchStore
{
    // Title, keywords, body, context: a title word weighs ten body words.
    private const string Rank = "bm25(search_fts, 10.0, 4.0, 1.0, 0.3)";


    public override async Task ReplaceAsync(JuurruDbContext db, SearchKind kind, IReadOnlyCollection<int> entityIds,
        IReadOnlyList<(SearchDocument Doc, IndexedText Text)> docs, CancellationToken ct)
    {
        var kindName = KindName(kind);
        var keep = docs.Select(d => d.Doc.EntityId).ToHashSet();
        var gone = entityIds.Where(id => !keep.Contains(id)).ToList();
        if (gone.Count > 0)
        {
            await using var delete = await CommandAsync(db, """
                DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE kind = @kind AND entity_id = @entity);
                DELETE FROM search_docs WHERE kind = @kind AND entity_id = @entity;
                """, ct);
            Add(delete, "@kind", kindName);
            var entity = Add(delete, "@entity", 0);
            foreach (var id in gone)
            {
                entity.Value = id;
                await delete.ExecuteNonQueryAsync(ct);
            }
        }
        if (docs.Count == 0) return;
        await using var upsert = await CommandAsync(db, """
            INSERT INTO search_docs (kind, entity_id, facets, sort_date, sort_title) VALUES (@kind, @entity, @facets, @date, @title)
            ON CONFLICT (kind, entity_id) DO UPDATE SET facets = excluded.facets, sort_date = excluded.sort_date, sort_title = excluded.sort_title
            RETURNING id;
            """, ct);
        Add(upsert, "@kind", kindName);
        var upsertEntity = Add(upsert, "@entity", 0);
        var facets = Add(upsert, "@facets", "");
        var date = Add(upsert, "@date", "");
        var title = Add(upsert, "@title", "");
        await using var terms = await CommandAsync(db, """
            DELETE FROM search_fts WHERE rowid = @id;
            INSERT INTO search_fts (rowid, title, keywords, body, context) VALUES (@id, @c0, @c1, @c2, @c3);
            """, ct);
        var rowid = Add(terms, "@id", 0L);
        var columns = Enumerable.Range(0, 4).Select(i => Add(terms, "@c" + i, "")).ToArray();
        foreach (var (doc, text) in docs)
        {
            upsertEntity.Value = doc.EntityId;
            facets.Value = doc.FacetText;
            date.Value = doc.SortDate.ToString("O", CultureInfo.InvariantCulture);
            title.Value = doc.SortTitle;
            rowid.Value = Convert.ToInt64(await upsert.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            for (var i = 0; i < 4; i++) columns[i].Value = text.Columns[i];
            await terms.ExecuteNonQueryAsync(ct);
        }
    }

    public override async Task ClearAsync(JuurruDbContext db, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, "DELETE FROM search_docs; INSERT INTO search_fts (search_fts) VALUES ('delete-all');", ct);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public override async Task<List<SearchHit>> MatchAsync(JuurruDbContext db, SearchKind kind, SearchQuery query, CancellationToken ct)
    {
        var sql = query.IsEmpty
            ? "SELECT entity_id, facets, sort_date, sort_title, 0.0 FROM search_docs WHERE kind = @kind"
            : $"""
               SELECT d.entity_id, d.facets, d.sort_date, d.sort_title, -{Rank}
               FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
               WHERE search_fts MATCH @match AND d.kind = @kind
               """;
        await using var cmd = await CommandAsync(db, sql, ct);
        Add(cmd, "@kind", KindName(kind));
        if (!query.IsEmpty) Add(cmd, "@match", MatchExpression(query));
        var hits = new List<SearchHit>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            hits.Add(new SearchHit(reader.GetInt32(0), reader.GetString(1),
                DateTime.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                reader.GetString(3), reader.GetDouble(4)));
        }
        return hits;
    }

    public override async Task<Dictionary<string, int>> VocabularyAsync(JuurruDbContext db, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, "SELECT term, doc FROM search_vocab", ct);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) vocabulary[reader.GetString(0)] = reader.GetInt32(1);
        return vocabulary;
    }

    /// <summary>FTS5 syntax: ("a" OR "b" OR "c"*) AND …; a phrase becomes NEAR groups, since a word's terms follow each other in the column.</summary>
    public static string MatchExpression(SearchQuery query) =>
        string.Join(query.MatchAny ? " OR " : " AND ", query.Clauses.Select(c => c.Phrase ? Phrase(c) : Alternatives(c.Words[0], query.Relaxed)));

    private static string Alternatives(QueryWord word, bool relaxed)
    {
        var t = word.Terms;
        var options = t.Terms.Select(Quote).Concat(t.Prefixes.Select(p => Quote(p) + "*"));
        if (relaxed)
        {
            options = options.Concat(t.Related.Select(Quote));
            if (t.Parts.Length > 0) options = options.Append("(" + string.Join(" AND ", t.Parts.Select(p => "(" + string.Join(" OR ", p.Select(Quote)) + ")")) + ")");
        }
        return "(" + string.Join(" OR ", options) + ")";
    }

    private static string Phrase(QueryClause clause)
    {
        // Every combination of the words' readings, capped; the distance allows for the other terms of each word.
        IEnumerable<string> combinations = [""];
        foreach (var word in clause.Words)
        {
            var options = word.Terms.Terms.Select(Quote).Concat(word.Terms.Prefixes.Select(p => Quote(p) + "*")).Take(4).ToList();
            combinations = combinations.SelectMany(c => options.Select(o => c + " " + o)).Take(16).ToList();
        }
        var distance = 12 * clause.Words.Sum(w => w.Gap);
        return "(" + string.Join(" OR ", combinations.Select(c => $"NEAR({c.Trim()}, {distance})")) + ")";
    }

    private static string Quote(string term) => new StringBuilder("\"").Append(term.Replace("\"", "\"\"")).Append('"').ToString();
}
