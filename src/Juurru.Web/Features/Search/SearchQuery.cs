using Juurru.Features.Search.Analysis;

namespace Juurru.Features.Search;

/// <summary>A word of a query with the terms it matches. <see cref="Gap"/> is its distance from the previous word of a phrase.</summary>
public sealed record QueryWord(string Text, QueryWordTerms Terms, int Gap = 1);

/// <summary>All clauses must match; a clause is one word or a quoted phrase.</summary>
public sealed record QueryClause(IReadOnlyList<QueryWord> Words, bool Phrase);

/// <summary>
/// A parsed query: every clause must match (any one, for <see cref="MatchAny"/>). Empty when there were no words;
/// <see cref="OnlyStopWords"/> tells why when it was all "ja", "on" …
/// </summary>
public sealed record SearchQuery(IReadOnlyList<QueryClause> Clauses, bool OnlyStopWords, bool MatchAny = false)
{
    /// <summary>Single words also match by what they derive from and by their compound parts (see <see cref="QueryWordTerms"/>).</summary>
    public bool Relaxed { get; init; }

    /// <summary>Whether a relaxed query could find more than this one.</summary>
    public bool CanRelax => !Relaxed && Clauses.Any(c => !c.Phrase && c.Words[0].Terms.CanRelax);

    public const int MaxWords = 12;

    /// <summary>Longer "words" are not words (the longest Finnish compounds stay well below): they are skipped, so a
    /// pasted blob cannot make the analyser and the spelling suggestions work for seconds.</summary>
    public const int MaxWordLength = 80;

    /// <summary>Only the start of a longer query is read: twelve words fit in it many times over.</summary>
    public const int MaxLength = 1_000;

    public bool IsEmpty => Clauses.Count == 0;

    public IEnumerable<QueryWord> Words => Clauses.SelectMany(c => c.Words);

    /// <summary>"mentorointi", ohja*, "toisen asteen" (phrase); at most <see cref="MaxWords"/> words are used.</summary>
    public static SearchQuery Parse(string? text, TextAnalyzer analyzer)
    {
        var clauses = new List<QueryClause>();
        var sawStopWord = false;
        var words = 0;
        if (text?.Length > MaxLength) text = text[..MaxLength];
        foreach (var (part, quoted) in Split(text ?? ""))
        {
            var clauseWords = new List<QueryWord>();
            var gap = 1;
            foreach (var token in TextAnalyzer.Words(part))
            {
                if (words >= MaxWords) break;
                if (token.Word.Length > MaxWordLength) continue;
                var end = token.Start + token.Length;
                var prefix = !quoted && end < part.Length && part[end] == '*' && token.Word.Length >= 2;
                if (StopWords.Contains(token.Word) && !prefix)
                {
                    sawStopWord = true;
                    gap++;
                    continue;
                }
                // An unknown hyphenated word (SIMHE-ohjaus) is searched as its parts, each of which must occur: the index
                // keeps such a word's parts together at one position.
                var pieces = token.Word.Contains('-') && !prefix && analyzer.Voikko.Analyze(token.Word).Length == 0
                    ? token.Word.Split('-', StringSplitOptions.RemoveEmptyEntries)
                    : [token.Word];
                foreach (var piece in pieces)
                {
                    words++;
                    var word = new QueryWord(piece, analyzer.QueryTerms(piece, prefix), gap);
                    gap = 1;
                    if (quoted && pieces.Length == 1) clauseWords.Add(word);
                    else clauses.Add(new QueryClause([word], false));
                }
            }
            if (quoted && clauseWords.Count > 0) clauses.Add(new QueryClause(clauseWords, clauseWords.Count > 1));
        }
        return new SearchQuery(clauses, clauses.Count == 0 && sawStopWord);
    }

    /// <summary>
    /// Two or three known single words as one phrase, to rank the results where they stand together first; null
    /// otherwise (a phrase of unknown words would expand into many prefix combinations for little gain).
    /// </summary>
    public SearchQuery? AsPhrase() =>
        Clauses.Count is 2 or 3 && !MatchAny && Clauses.All(c => !c.Phrase && c.Words[0].Terms.Prefixes.Length == 0)
            ? new SearchQuery([new QueryClause(Clauses.Select(c => c.Words[0]).ToList(), true)], false)
            : null;

    /// <summary>The query with one word's terms replaced, for a spelling correction.</summary>
    public SearchQuery Replace(QueryWord word, QueryWord replacement) =>
        new(Clauses.Select(c => c with { Words = c.Words.Select(w => ReferenceEquals(w, word) ? replacement with { Gap = w.Gap } : w).ToList() }).ToList(), OnlyStopWords, MatchAny) { Relaxed = Relaxed };

    private static IEnumerable<(string Text, bool Quoted)> Split(string text)
    {
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            // An unmatched final quote is ignored rather than refused.
            var quoted = i % 2 == 1 && i < parts.Length - 1;
            if (!string.IsNullOrWhiteSpace(parts[i])) yield return (parts[i], quoted);
        }
    }
}
