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
    public IReadOnlyList<TextPiece> Highlight(string text, SearchQuery query, string language) =>
        Pieces(text, MatchedWords(text, query, language), 0, text.Length, false, false);

    /// <summary>About <paramref name="words"/> words of the text around its densest run of matches; the start of the text when nothing matched.</summary>
    public IReadOnlyList<TextPiece> Snippet(string text, SearchQuery query, string language, int words = 30)
    {
        var tokens = TextAnalyzer.Words(text).ToList();
        if (tokens.Count == 0) return [];
        var matched = MatchedWords(text, query, language);
        var matchedIndex = tokens.Select((t, i) => (t, i)).Where(x => matched.Contains(x.t.Start)).Select(x => x.i).ToList();
        var first = 0;
        if (matchedIndex.Count > 0)
        {
            // The window that holds the most matches, starting a few words before the first of them.
            var best = 0;
            foreach (var start in matchedIndex)
            {
                var count = matchedIndex.Count(i => i >= start && i < start + words);
                if (count > best)
                {
                    best = count;
                    first = Math.Max(0, start - 4);
                }
            }
        }
        var last = Math.Min(tokens.Count, first + words) - 1;
        var from = tokens[first].Start;
        var to = tokens[last].Start + tokens[last].Length;
        return Pieces(text, matched, from, to, first > 0, last < tokens.Count - 1);
    }

    // Escapes markup only; letters such as ä stay readable in the JSON.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

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

    /// <summary>Start offsets of the words any query word matches.</summary>
    private HashSet<int> MatchedWords(string text, SearchQuery query, string language)
    {
        var matched = new HashSet<int>();
        if (query.IsEmpty) return matched;
        var words = query.Words.ToList();
        foreach (var (token, terms) in analyzer.AnalyzeText(text, language))
        {
            if (terms.Count > 0 && words.Any(w => w.Terms.Matches(terms, query.Relaxed))) matched.Add(token.Start);
        }
        return matched;
    }

    private static List<TextPiece> Pieces(string text, HashSet<int> matched, int from, int to, bool ellipsisBefore, bool ellipsisAfter)
    {
        var pieces = new List<TextPiece>();
        if (ellipsisBefore) pieces.Add(new TextPiece("… ", false));
        var position = from;
        foreach (var token in TextAnalyzer.Words(text[from..to]).Select(t => t with { Start = t.Start + from }))
        {
            if (!matched.Contains(token.Start)) continue;
            if (token.Start > position) pieces.Add(new TextPiece(Flatten(text[position..token.Start]), false));
            pieces.Add(new TextPiece(text.Substring(token.Start, token.Length), true));
            position = token.Start + token.Length;
        }
        if (position < to) pieces.Add(new TextPiece(Flatten(text[position..to]), false));
        if (ellipsisAfter) pieces.Add(new TextPiece(" …", false));
        return pieces;
    }

    /// <summary>Line breaks and Markdown marks do not belong in a one-paragraph snippet.</summary>
    private static string Flatten(string text) =>
        string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.None)).Replace("**", "").Replace("##", "").Replace("#", "");
}
