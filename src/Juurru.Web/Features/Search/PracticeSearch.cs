using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Search.Analysis;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Search;

/// <summary>One page of practice search results, with what the page says about the query.</summary>
public sealed record PracticeResults(
    SearchQuery Query, int Total, IReadOnlyList<SearchHit> Page, FacetCounts Facets,
    string? CorrectedQuery, bool OnlyStopWords);

/// <summary>A result's title and snippet with the matched words marked.</summary>
public sealed record Highlights(IReadOnlyList<TextPiece> Title, IReadOnlyList<TextPiece> Snippet);

/// <summary>
/// The method bank's search: the practice list (page and API), the search API, the project registry's word filter
/// and similar practices all go through here, on either database.
/// </summary>
public sealed class PracticeSearch(TextAnalyzer analyzer, SearchVocabulary vocabulary)
{
    /// <summary>Below this many exact results a query is relaxed (a first page's worth).</summary>
    private const int EnoughExactResults = 10;

    public TextAnalyzer Analyzer => analyzer;

    public async Task<PracticeResults> SearchAsync(JuurruDbContext db, PracticeFilter filter, CancellationToken ct)
    {
        var query = SearchQuery.Parse(filter.Q, analyzer);
        var facets = FacetFilter.From(filter);
        if (query.OnlyStopWords) return new PracticeResults(query, 0, [], FacetCounts.Apply([], facets).Counts, null, true);
        var (hits, corrected, usedQuery) = await MatchWithCorrectionAsync(db, SearchKind.Practice, query, ct);
        var (results, counts) = FacetCounts.Apply(hits, facets);
        var ordered = Order(results, filter.Sort, !usedQuery.IsEmpty);
        var page = ordered.Skip((filter.PageNumber - 1) * filter.Size).Take(filter.Size).ToList();
        return new PracticeResults(usedQuery, results.Count, page, counts, corrected, false);
    }

    /// <summary>Project ids matching the words, best first (for the project registry's word filter).</summary>
    public async Task<(IReadOnlyList<int> Ids, string? Corrected, bool OnlyStopWords)> MatchProjectsAsync(JuurruDbContext db, string? q, CancellationToken ct)
    {
        var query = SearchQuery.Parse(q, analyzer);
        if (query.OnlyStopWords) return ([], null, true);
        var (hits, corrected, _) = await MatchWithCorrectionAsync(db, SearchKind.Project, query, ct);
        return (hits.OrderBy(h => h.Tier).ThenByDescending(h => h.Score).ThenBy(h => h.SortTitle, StringComparer.Ordinal).Select(h => h.EntityId).ToList(), corrected, false);
    }

    /// <summary>Published practices that share the most distinctive words with the given text, best first.</summary>
    public async Task<IReadOnlyList<int>> SimilarAsync(JuurruDbContext db, string title, string text, int? except, int count, CancellationToken ct)
    {
        var query = SimilarityQuery.From(title, text, analyzer);
        if (query.IsEmpty) return [];
        var hits = await SearchStore.For(db).MatchAsync(db, SearchKind.Practice, query, ct);
        return hits.Where(h => h.EntityId != except).OrderByDescending(h => h.Score).Take(count).Select(h => h.EntityId).ToList();
    }

    public Highlights Highlight(SearchQuery query, string title, string text, string language)
    {
        var highlighter = new Highlighter(analyzer);
        return new Highlights(highlighter.Highlight(title, query, language), highlighter.Snippet(text, query, language));
    }

    /// <summary>
    /// Runs the query; when it finds nothing, each word that on its own finds nothing is replaced by the indexed
    /// word one typing error away that most practices contain, and the corrected query is run instead.
    /// </summary>
    private async Task<(List<SearchHit> Hits, string? Corrected, SearchQuery Used)> MatchWithCorrectionAsync(
        JuurruDbContext db, SearchKind kind, SearchQuery query, CancellationToken ct)
    {
        var store = SearchStore.For(db);
        var hits = await store.MatchAsync(db, kind, query, ct);
        if (hits.Count < EnoughExactResults && query.CanRelax)
        {
            // Few exact results: add those found by derivations and compound parts, after them.
            var relaxed = query with { Relaxed = true };
            var exact = hits.Select(h => h.EntityId).ToHashSet();
            hits.AddRange((await store.MatchAsync(db, kind, relaxed, ct)).Where(h => !exact.Contains(h.EntityId)).Select(h => h with { Tier = 1 }));
            query = relaxed;
        }
        if (hits.Count > 1 && query.AsPhrase() is { } phrase)
        {
            // Words typed together mean most where they stand together ("työelämässä oppiminen"): those results first.
            var together = (await store.MatchAsync(db, kind, phrase, ct)).Select(h => h.EntityId).ToHashSet();
            for (var i = 0; i < hits.Count; i++)
            {
                if (hits[i].Tier == 0 && together.Contains(hits[i].EntityId)) hits[i] = hits[i] with { Tier = -1 };
            }
        }
        if (hits.Count > 0 || query.IsEmpty) return (hits, null, query);
        var corrected = query;
        var changed = false;
        foreach (var word in query.Words.ToList())
        {
            if (word.Text.Length < 5 || word.Terms.Prefixes.Length > 0 && word.Terms.Terms.Length == 0) continue;
            var alone = new SearchQuery([new QueryClause([word], false)], false);
            if ((await store.MatchAsync(db, kind, alone, ct)).Count > 0) continue;
            var replacement = await vocabulary.CorrectAsync(db, word.Text, analyzer.Voikko, ct);
            if (replacement is null) continue;
            corrected = corrected.Replace(word, new QueryWord(replacement, analyzer.QueryTerms(replacement, false)));
            changed = true;
        }
        if (!changed) return (hits, null, query);
        var correctedHits = await store.MatchAsync(db, kind, corrected, ct);
        return correctedHits.Count == 0 ? (hits, null, query) : (correctedHits, string.Join(' ', corrected.Words.Select(w => w.Text)), corrected);
    }

    private static IEnumerable<SearchHit> Order(List<SearchHit> hits, PracticeSort? sort, bool hasQuery) => sort switch
    {
        PracticeSort.Title => hits.OrderBy(h => h.SortTitle, StringComparer.Ordinal).ThenBy(h => h.EntityId),
        PracticeSort.Newest => hits.OrderByDescending(h => h.SortDate).ThenByDescending(h => h.EntityId),
        _ when hasQuery => hits.OrderBy(h => h.Tier).ThenByDescending(h => h.Score).ThenByDescending(h => h.SortDate).ThenByDescending(h => h.EntityId),
        _ => hits.OrderByDescending(h => h.SortDate).ThenByDescending(h => h.EntityId),
    };
}
