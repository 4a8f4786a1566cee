using System.Globalization;
using System.Text;
using Juurru.Data;

namespace Juurru.Features.Search;

/// <summary>
/// SQLite (tables made by the migration SearchIndex): search_docs holds facets and sort keys; search_fts is a contentless FTS5 table (rowid: see RowBase)
/// whose four columns hold the analyzer's terms, split by unicode61 without touching diacritics.
/// </summary>
public sealed class SqliteSearchStore : SearchStore
{
    // Title, keywords, body, context: a title word weighs ten body words.
    private const string Rank = "bm25(search_fts, 10.0, 4.0, 1.0, 0.3)";

    /// <summary>
    /// FTS rowid = the kind's base + the entity's id, so a search reads the FTS table alone (a rowid range per kind)
    /// without joining search_docs for every match.
    /// </summary>
    private static long RowBase(SearchKind kind) => kind == SearchKind.Practice ? 0 : 1L << 40;

    public override async Task ReplaceAsync(JuurruDbContext db, SearchKind kind, IReadOnlyCollection<int> entityIds,
        IReadOnlyList<(SearchDocument Doc, IndexedText Text)> docs, CancellationToken ct)
    {
        var kindName = KindName(kind);
        var keep = docs.Select(d => d.Doc.EntityId).ToHashSet();
        var gone = entityIds.Where(id => !keep.Contains(id)).ToList();
        if (gone.Count > 0)
        {
            await using var delete = await CommandAsync(db, """
                DELETE FROM search_fts WHERE rowid = @row;
                DELETE FROM search_docs WHERE kind = @kind AND entity_id = @entity;
                """, ct);
            Add(delete, "@kind", kindName);
            var row = Add(delete, "@row", 0L);
            var entity = Add(delete, "@entity", 0);
            foreach (var id in gone)
            {
                row.Value = RowBase(kind) + id;
                entity.Value = id;
                await delete.ExecuteNonQueryAsync(ct);
            }
        }
        if (docs.Count == 0) return;
        // A rebuild writes into a cleared index: no old rows to replace.
        var fresh = entityIds.Count == 0;
        await using var write = await CommandAsync(db, (fresh ? "" : "DELETE FROM search_fts WHERE rowid = @row;\n") + """
            INSERT INTO search_docs (kind, entity_id, facets, sort_date, sort_title) VALUES (@kind, @entity, @facets, @date, @title)
            ON CONFLICT (kind, entity_id) DO UPDATE SET facets = excluded.facets, sort_date = excluded.sort_date, sort_title = excluded.sort_title;
            INSERT INTO search_fts (rowid, title, keywords, body, context) VALUES (@row, @c0, @c1, @c2, @c3);
            """, ct);
        Add(write, "@kind", kindName);
        var rowid = Add(write, "@row", 0L);
        var upsertEntity = Add(write, "@entity", 0);
        var facets = Add(write, "@facets", "");
        var date = Add(write, "@date", "");
        var title = Add(write, "@title", "");
        var columns = Enumerable.Range(0, 4).Select(i => Add(write, "@c" + i, "")).ToArray();
        foreach (var (doc, text) in docs)
        {
            rowid.Value = RowBase(kind) + doc.EntityId;
            upsertEntity.Value = doc.EntityId;
            facets.Value = doc.FacetText;
            date.Value = doc.SortDate.ToString("O", CultureInfo.InvariantCulture);
            title.Value = doc.SortTitle;
            for (var i = 0; i < 4; i++) columns[i].Value = text.Columns[i];
            await write.ExecuteNonQueryAsync(ct);
        }
    }

    public override async Task ClearAsync(JuurruDbContext db, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, "DELETE FROM search_docs; INSERT INTO search_fts (search_fts) VALUES ('delete-all');", ct);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public override async Task<IndexMatches> MatchAsync(JuurruDbContext db, SearchKind kind, SearchQuery query, CancellationToken ct)
    {
        if (query.IsEmpty) return new(await ReadAsync(db, "SELECT entity_id, 0.0 FROM search_docs WHERE kind = @kind", kind, null, ct));
        // Newest first (FTS5 walks rowids backwards cheaply), ranking stopped after MaxMatches.
        var matches = await ReadAsync(db, $"""
            SELECT rowid - @base, -{Rank} FROM search_fts
            WHERE search_fts MATCH @match AND rowid >= @base AND rowid < @base + 1099511627776
            ORDER BY rowid DESC LIMIT {MaxMatches + 1}
            """, kind, MatchExpression(query), ct);
        var more = matches.Count > MaxMatches;
        if (more) matches.RemoveAt(matches.Count - 1);
        return new(matches, more);
    }

    private static async Task<List<IndexMatch>> ReadAsync(JuurruDbContext db, string sql, SearchKind kind, string? match, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, sql, ct);
        if (match is null) Add(cmd, "@kind", KindName(kind));
        else
        {
            Add(cmd, "@base", RowBase(kind));
            Add(cmd, "@match", match);
        }
        var hits = new List<IndexMatch>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) hits.Add(new IndexMatch((int)reader.GetInt64(0), reader.GetDouble(1)));
        return hits;
    }
    protected override DateTime ReadDate(System.Data.Common.DbDataReader reader, int ordinal) =>
        DateTime.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

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
