using Juurru.Features.Search.Analysis;

namespace Juurru.Features.Search;

/// <summary>
/// "These already exist": a query made of a practice's own words: every title word and the longer words of its
/// text that occur most often, any of which may match; BM25 then favours practices sharing many rare ones.
/// </summary>
public static class SimilarityQuery
{
    private const int MaxWords = 16;

    public static SearchQuery From(string title, string text, TextAnalyzer analyzer)
    {
        var titleWords = TextAnalyzer.Words(title).Select(t => t.Word).Where(w => !StopWords.Contains(w) && w.Length >= 3);
        var textWords = TextAnalyzer.Words(text).Select(t => t.Word).Where(w => !StopWords.Contains(w) && w.Length >= 6)
            .GroupBy(w => w).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).Select(g => g.Key);
        var clauses = new List<QueryClause>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in titleWords.Concat(textWords))
        {
            if (clauses.Count >= MaxWords) break;
            var terms = analyzer.QueryTerms(word, prefix: false);
            // Only exact terms: the prefixes meant for coinages would make everything look alike.
            terms = terms with { Prefixes = [] };
            if (!seen.Add(string.Join('|', terms.Terms))) continue;
            clauses.Add(new QueryClause([new QueryWord(word, terms)], false));
        }
        return new SearchQuery(clauses, false, MatchAny: true);
    }
}
