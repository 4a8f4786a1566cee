using Juurru.Data;
using Juurru.Features.Search.Analysis;

namespace Juurru.Features.Search;

/// <summary>
/// Checks made on the text of a few candidate documents with the analyzer, where the index answers only roughly:
/// whether they hold the words of a phrase next to each other (SQLite's NEAR allows some slack, PostgreSQL's &lt;-&gt; is
/// exact; this makes a phrase mean the same on both, and finds where typed words stand together for ranking), and how
/// many of a query's words they share (for similar practices).
/// </summary>
public sealed class PhraseCheck(TextAnalyzer analyzer)
{
    /// <summary>The ids among <paramref name="ids"/> whose title, keywords, text or context holds every phrase.</summary>
    public async Task<HashSet<int>> MatchingAsync(JuurruDbContext db, SearchKind kind, IReadOnlyCollection<int> ids,
        IReadOnlyList<QueryClause> phrases, CancellationToken ct)
    {
        var docs = kind == SearchKind.Practice
            ? await SearchDocuments.PracticesAsync(db, ids, ct)
            : await SearchDocuments.ProjectsAsync(db, ids, ct);
        var matching = new HashSet<int>();
        foreach (var doc in docs)
        {
            var fields = new[] { doc.Title, doc.Keywords, doc.Body, doc.Context }.Select(f => analyzer.AnalyzeText(f, doc.Language)).ToList();
            if (phrases.All(p => fields.Any(f => Contains(f, p)))) matching.Add(doc.EntityId);
        }
        return matching;
    }

    /// <summary>For each practice, how many of the query's words occur somewhere in it (for "similar practices").</summary>
    public async Task<Dictionary<int, int>> SharedWordsAsync(JuurruDbContext db, IReadOnlyCollection<int> ids, SearchQuery query, CancellationToken ct)
    {
        var shared = new Dictionary<int, int>();
        if (ids.Count == 0) return shared;
        foreach (var doc in await SearchDocuments.PracticesAsync(db, ids, ct))
        {
            var terms = new[] { doc.Title, doc.Keywords, doc.Body }
                .SelectMany(f => analyzer.AnalyzeText(f, doc.Language)).SelectMany(w => w.Terms).ToHashSet(StringComparer.Ordinal);
            shared[doc.EntityId] = query.Words.Count(w => w.Terms.Matches(terms));
        }
        return shared;
    }

    /// <summary>Word j of the phrase at the position of word j − 1 plus its gap (stop words keep their places).</summary>
    public static bool Contains(List<(WordToken Token, IReadOnlyCollection<string> Terms)> words, QueryClause phrase)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var position = i;
            var all = true;
            for (var j = 0; j < phrase.Words.Count && all; j++)
            {
                if (j > 0) position += phrase.Words[j].Gap;
                all = position < words.Count && phrase.Words[j].Terms.Matches(words[position].Terms);
            }
            if (all) return true;
        }
        return false;
    }
}
