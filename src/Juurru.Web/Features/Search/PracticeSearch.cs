using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Search.Analysis;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Search;

/// <summary>
/// One page of practice search results, with what the page says about the query. When
/// <see cref="TotalIsLowerBound"/>, the query matched more than <see cref="SearchStore.MaxMatches"/> practices:
/// the total and the facet counts cover that many. <see cref="HasMore"/> when results follow this page;
/// <see cref="CursorLost"/> when the filter's <c>after</c> is not among the results (unpublished, or no longer matching).
/// </summary>
public sealed record PracticeResults(
    SearchQuery Query, int Total, IReadOnlyList<SearchHit> Page, FacetCounts Facets,
    string? CorrectedQuery, bool OnlyStopWords, bool TotalIsLowerBound = false, bool HasMore = false, bool CursorLost = false);

/// <summary>A result's title and snippet with the matched words marked.</summary>
public sealed record Highlights(IReadOnlyList<TextPiece> Title, IReadOnlyList<TextPiece> Snippet);

/// <summary>
/// The method bank's search: the practice list (page and API), the search API, the project registry's word filter
/// and similar practices all go through here, on either database.
/// </summary>
public sealed class PracticeSearch(TextAnalyzer analyzer, SearchVocabulary vocabulary, FacetTable table, PhraseCheck phrases, Telemetry.JuurruTelemetry telemetry)
{
    /// <summary>Below this many exact results a query is relaxed (a first page's worth).</summary>
    private const int EnoughExactResults = 10;

    /// <summary>Phrases are checked on the text of at most this many candidates (beyond it the index's answer stands).</summary>
    private const int PhraseCheckUpTo = 100;

    /// <summary>Words standing together rank first when a query finds at most this many results.</summary>
    private const int PhraseBoostUpTo = 50;

    public async Task<PracticeResults> SearchAsync(JuurruDbContext db, PracticeFilter filter, CancellationToken ct)
    {
        using var span = Telemetry.JuurruTelemetry.Activities.StartActivity("search practices");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return await SearchUnmeasuredAsync(db, filter, ct);
        }
        finally
        {
            telemetry.Searches.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("kind", "practice"));
        }
    }

    private async Task<PracticeResults> SearchUnmeasuredAsync(JuurruDbContext db, PracticeFilter filter, CancellationToken ct)
    {
        var query = SearchQuery.Parse(filter.Q, analyzer);
        if (query.OnlyStopWords) return new PracticeResults(query, 0, [], FacetCounts.Empty(FacetFilter.From(filter)), null, true);
        var (usedQuery, ordered, counts, corrected, more) = await RankAsync(db, query, filter, ct);
        var start = (filter.PageNumber - 1) * filter.Size;
        if (filter.After is { } after)
        {
            var at = ordered.FindIndex(h => h.EntityId == after);
            if (at < 0) return new PracticeResults(usedQuery, ordered.Count, [], counts, corrected, false, more, CursorLost: true);
            start = at + 1;
        }
        var page = ordered.Skip(start).Take(filter.Size).ToList();
        return new PracticeResults(usedQuery, ordered.Count, page, counts, corrected, false, more, HasMore: start + page.Count < ordered.Count);
    }

    /// <summary>
    /// Every practice the list would show for the filter, in its order, not paged (for downloads). With words, at most
    /// <see cref="SearchStore.MaxMatches"/>, as the list.
    /// </summary>
    public async Task<IReadOnlyList<int>> AllIdsAsync(JuurruDbContext db, PracticeFilter filter, CancellationToken ct)
    {
        var query = SearchQuery.Parse(filter.Q, analyzer);
        if (query.OnlyStopWords) return [];
        return (await RankAsync(db, query, filter, ct)).Ordered.Select(h => h.EntityId).ToList();
    }

    private async Task<(SearchQuery UsedQuery, List<SearchHit> Ordered, FacetCounts Counts, string? Corrected, bool More)> RankAsync(
        JuurruDbContext db, SearchQuery query, PracticeFilter filter, CancellationToken ct)
    {
        var (matches, corrected, usedQuery, more) = await MatchWithCorrectionAsync(db, SearchKind.Practice, query, ct);
        var (hits, snapshot) = await WithEntriesAsync(db, SearchKind.Practice, matches, ct);
        var (results, counts) = FacetCounts.Apply(hits, FacetFilter.From(filter), snapshot);
        return (usedQuery, Order(results, filter.Sort, !usedQuery.IsEmpty).ToList(), counts, corrected, more);
    }

    /// <summary>Project ids matching the words, best first (for the project registry's word filter).</summary>
    public async Task<(IReadOnlyList<int> Ids, string? Corrected, bool OnlyStopWords)> MatchProjectsAsync(JuurruDbContext db, string? q, CancellationToken ct)
    {
        var query = SearchQuery.Parse(q, analyzer);
        if (query.OnlyStopWords) return ([], null, true);
        var (matches, corrected, _, _) = await MatchWithCorrectionAsync(db, SearchKind.Project, query, ct);
        var (hits, _) = await WithEntriesAsync(db, SearchKind.Project, matches, ct);
        return (hits.OrderBy(h => h.Tier).ThenByDescending(h => h.Score).ThenBy(h => h.SortTitle, StringComparer.Ordinal).Select(h => h.EntityId).ToList(), corrected, false);
    }

    /// <summary>
    /// Published practices that share the most distinctive words with the given text, best first. A practice sharing
    /// a single word is not "similar": the best candidates are checked to share at least two (or all, if fewer).
    /// </summary>
    public async Task<IReadOnlyList<int>> SimilarAsync(JuurruDbContext db, string title, string text, int? except, int count, CancellationToken ct)
    {
        var query = SimilarityQuery.From(title, text, analyzer);
        if (query.IsEmpty) return [];
        var matches = await SearchStore.For(db).MatchAsync(db, SearchKind.Practice, query, ct);
        var candidates = matches.Where(h => h.EntityId != except).OrderByDescending(h => h.Score).Take(count * 4).Select(h => h.EntityId).ToList();
        var shared = await phrases.SharedWordsAsync(db, candidates, query, ct);
        var needed = Math.Min(2, query.Clauses.Count);
        return candidates.Where(id => shared.GetValueOrDefault(id) >= needed).Take(count).ToList();
    }

    public Highlights Highlight(SearchQuery query, string title, string text, string language)
    {
        var highlighter = new Highlighter(analyzer);
        return new Highlights(highlighter.Highlight(title, query, language), highlighter.Snippet(text, query, language));
    }

    private async Task<(List<SearchHit> Hits, FacetSnapshot Snapshot)> WithEntriesAsync(JuurruDbContext db, SearchKind kind, List<(IndexMatch Match, int Tier)> matches, CancellationToken ct)
    {
        var snapshot = await table.SnapshotAsync(db, kind, ct);
        var entries = snapshot.Entries;
        var hits = new List<SearchHit>(matches.Count);
        foreach (var (match, tier) in matches)
        {
            // A document written after the table was loaded waits for the next version stamp.
            if (entries.TryGetValue(match.EntityId, out var entry)) hits.Add(new SearchHit(match.EntityId, entry, match.Score, tier));
        }
        return (hits, snapshot);
    }

    /// <summary>
    /// Runs the query. With few exact results, adds those that derivations and compound parts find (tier 1); with
    /// several words, ranks first the results where they stand together (tier −1). When nothing is found, each word
    /// that alone finds nothing is replaced by the indexed word one typing error away that most documents contain.
    /// </summary>
    private async Task<(List<(IndexMatch Match, int Tier)> Hits, string? Corrected, SearchQuery Used, bool More)> MatchWithCorrectionAsync(
        JuurruDbContext db, SearchKind kind, SearchQuery query, CancellationToken ct)
    {
        var store = SearchStore.For(db);
        var found = await store.MatchAsync(db, kind, query, ct);
        var hits = found.Select(m => (m, 0)).ToList();
        var quoted = query.Clauses.Where(c => c.Phrase).ToList();
        if (quoted.Count > 0 && hits.Count is > 0 and <= PhraseCheckUpTo)
        {
            var exact = await phrases.MatchingAsync(db, kind, hits.Select(h => h.m.EntityId).ToList(), quoted, ct);
            hits.RemoveAll(h => !exact.Contains(h.m.EntityId));
        }
        if (hits.Count < EnoughExactResults && query.CanRelax)
        {
            var relaxed = query with { Relaxed = true };
            var exact = hits.Select(h => h.m.EntityId).ToHashSet();
            hits.AddRange((await store.MatchAsync(db, kind, relaxed, ct)).Where(m => !exact.Contains(m.EntityId)).Select(m => (m, 1)));
            query = relaxed;
        }
        if (hits.Count is > 1 and <= PhraseBoostUpTo && query.AsPhrase() is { } phrase)
        {
            var together = await phrases.MatchingAsync(db, kind, hits.Select(h => h.m.EntityId).ToList(), phrase.Clauses, ct);
            for (var i = 0; i < hits.Count; i++)
            {
                if (hits[i].Item2 == 0 && together.Contains(hits[i].m.EntityId)) hits[i] = (hits[i].m, -1);
            }
        }
        if (hits.Count > 0 || query.IsEmpty) return (hits, null, query, found.More);

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
        if (!changed) return (hits, null, query, false);
        var correctedHits = await store.MatchAsync(db, kind, corrected, ct);
        return correctedHits.Count == 0
            ? (hits, null, query, false)
            : (correctedHits.Select(m => (m, 0)).ToList(), string.Join(' ', corrected.Words.Select(w => w.Text)), corrected, correctedHits.More);
    }

    private static IEnumerable<SearchHit> Order(List<SearchHit> hits, PracticeSort? sort, bool hasQuery) => sort switch
    {
        PracticeSort.Title => hits.OrderBy(h => h.SortTitle, StringComparer.Ordinal).ThenBy(h => h.EntityId),
        PracticeSort.Newest => hits.OrderByDescending(h => h.SortDate).ThenByDescending(h => h.EntityId),
        _ when hasQuery => hits.OrderBy(h => h.Tier).ThenByDescending(h => h.Score).ThenByDescending(h => h.SortDate).ThenByDescending(h => h.EntityId),
        _ => hits.OrderByDescending(h => h.SortDate).ThenByDescending(h => h.EntityId),
    };
}
