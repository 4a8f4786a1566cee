using Juurru.Data;
using Juurru.Features.Search.Analysis;

namespace Juurru.Features.Search;

/// <summary>
/// Whether documents hold the words of a phrase next to each other, checked on their text with the analyzer. The
/// indexes find candidates (SQLite's NEAR allows some slack, PostgreSQL's &lt;-&gt; is exact); this check makes a
/// phrase mean the same on both, and finds where several typed words stand together for ranking.
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
