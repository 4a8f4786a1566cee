using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Juurru.Features.Search.Analysis;

namespace Juurru.Features.Search;

/// <summary>A piece of text, marked when it is a word the query matched.</summary>
public sealed record TextPiece(string Text, bool Match);

/// <summary>
/// Marks the words of a text that the query matched, by running each word through the same analyzer as the index
/// (so "uraohjauksen" is marked for the query "ohjaus" on either database), and cuts snippets around the matches.
/// </summary>
public sealed class Highlighter(TextAnalyzer analyzer)
{
    // Escapes markup only; letters such as ä stay readable in the JSON.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public IReadOnlyList<TextPiece> Highlight(string text, SearchQuery query, string language)
    {
        var (tokens, matched) = Analyze(text, query, language);
        return tokens.Count == 0 ? [new TextPiece(text, false)] : Pieces(text, tokens, matched, 0, tokens.Count - 1, whole: true);
    }

    /// <summary>
    /// About <paramref name="words"/> words of the text around its densest run of matches; the start of the text when
    /// nothing matched. Only a window of the text is analysed: the one starting where a query word's first letters
    /// first occur (a cheap search that also finds them inside compounds), so long texts cost no more than short ones.
    /// </summary>
    public IReadOnlyList<TextPiece> Snippet(string text, SearchQuery query, string language, int words = 30)
    {
        var from = WindowStart(text, query);
        var window = text.Substring(from, Math.Min(WindowLength, text.Length - from));
        var pieces = SnippetOf(window, query, language, words);
        if (from > 0 && pieces.Count > 0 && pieces[0].Text != "… ") pieces.Insert(0, new TextPiece("… ", false));
        if (from + window.Length < text.Length && pieces.Count > 0 && pieces[^1].Text != " …") pieces.Add(new TextPiece(" …", false));
        return pieces;
    }

    private const int WindowLength = 1_500;

    private static int WindowStart(string text, SearchQuery query)
    {
        if (text.Length <= WindowLength) return 0;
        var first = text.Length;
        foreach (var word in query.Words)
        {
            foreach (var term in word.Terms.Terms.Concat(word.Terms.Prefixes))
            {
                var stem = term[..Math.Min(term.Length, Math.Max(3, Math.Min(4, term.Length - 1)))];
                var at = text.IndexOf(stem, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && at < first) first = at;
            }
        }
        if (first == text.Length) return 0;
        // Start at a word boundary a little before the first candidate.
        var start = Math.Max(0, first - 200);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        return start;
    }

    private List<TextPiece> SnippetOf(string text, SearchQuery query, string language, int words)
    {
        var (tokens, matched) = Analyze(text, query, language);
        if (tokens.Count == 0) return [];
        var matchedIndex = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (matched[i]) matchedIndex.Add(i);
        }
        var first = 0;
        var best = 0;
        // The window that holds the most matches, starting a few words before the first of them (two pointers).
        for (int start = 0, end = 0; start < matchedIndex.Count; start++)
        {
            while (end < matchedIndex.Count && matchedIndex[end] < matchedIndex[start] + words) end++;
            if (end - start > best)
            {
                best = end - start;
                first = Math.Max(0, matchedIndex[start] - 4);
            }
        }
        var last = Math.Min(tokens.Count, first + words) - 1;
        return Pieces(text, tokens, matched, first, last, whole: false);
    }

    public static string ToHtml(IEnumerable<TextPiece> pieces)
    {
        var html = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (piece.Match) html.Append("<mark>").Append(Encoder.Encode(piece.Text)).Append("</mark>");
            else html.Append(Encoder.Encode(piece.Text));
        }
        return html.ToString();
    }

    /// <summary>The words of the text and, for each, whether a query word matched it.</summary>
    private (List<WordToken> Tokens, bool[] Matched) Analyze(string text, SearchQuery query, string language)
    {
        var analyzed = analyzer.AnalyzeText(text, language);
        var matched = new bool[analyzed.Count];
        if (!query.IsEmpty)
        {
            var words = query.Words.ToList();
            var exact = words.SelectMany(w => w.Terms.Terms.Concat(query.Relaxed ? w.Terms.Related.Concat(w.Terms.Parts.SelectMany(p => p)) : []))
                .ToHashSet(StringComparer.Ordinal);
            var prefixes = words.SelectMany(w => w.Terms.Prefixes).ToArray();
            for (var i = 0; i < analyzed.Count; i++)
            {
                foreach (var term in analyzed[i].Terms)
                {
                    if (exact.Contains(term) || prefixes.Any(p => term.StartsWith(p, StringComparison.Ordinal)))
                    {
                        matched[i] = true;
                        break;
                    }
                }
            }
        }
        return (analyzed.Select(a => a.Token).ToList(), matched);
    }

    private static List<TextPiece> Pieces(string text, List<WordToken> tokens, bool[] matched, int first, int last, bool whole)
    {
        var pieces = new List<TextPiece>();
        if (!whole && first > 0) pieces.Add(new TextPiece("… ", false));
        var from = whole ? 0 : tokens[first].Start;
        var to = whole ? text.Length : tokens[last].Start + tokens[last].Length;
        var position = from;
        for (var i = first; i <= last; i++)
        {
            if (!matched[i]) continue;
            var token = tokens[i];
            if (token.Start > position) pieces.Add(new TextPiece(Flatten(text[position..token.Start]), false));
            pieces.Add(new TextPiece(text.Substring(token.Start, token.Length), true));
            position = token.Start + token.Length;
        }
        if (position < to) pieces.Add(new TextPiece(Flatten(text[position..to]), false));
        if (!whole && last < tokens.Count - 1) pieces.Add(new TextPiece(" …", false));
        return pieces;
    }

    /// <summary>Line breaks and Markdown marks do not belong in a one-paragraph snippet.</summary>
    private static string Flatten(string text) =>
        string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.None)).Replace("**", "").Replace("##", "").Replace("#", "");
}
