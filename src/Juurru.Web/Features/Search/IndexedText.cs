using System.Text;
using Juurru.Features.Search.Analysis;

namespace Juurru.Features.Search;

/// <summary>
/// A document turned into index terms by the analyzer. SQLite gets one column of terms per field (the words'
/// terms in order); PostgreSQL gets one tsvector literal in which every term of a word sits at that word's
/// position with the field's weight (A title, B keywords, C body, D context).
/// </summary>
public sealed class IndexedText
{
    private const int MaxPosition = 16_383;

    /// <summary>SQLite's four columns; empty when built for PostgreSQL.</summary>
    public required string[] Columns { get; init; }

    /// <summary>PostgreSQL's tsvector literal; empty when built for SQLite.</summary>
    public required string TsVector { get; init; }

    public static IndexedText From(SearchDocument doc, TextAnalyzer analyzer, bool forPostgres)
    {
        var columns = new string[4];
        var vector = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var position = 0;
        string[] fields = [doc.Title, doc.Keywords, doc.Body, doc.Context];
        for (var f = 0; f < fields.Length; f++)
        {
            var weight = "ABCD"[f];
            var column = new StringBuilder();
            foreach (var (_, terms) in analyzer.AnalyzeText(fields[f], doc.Language))
            {
                position = Math.Min(position + 1, MaxPosition);
                foreach (var term in terms)
                {
                    if (!forPostgres)
                    {
                        column.Append(term).Append(' ');
                        continue;
                    }
                    if (!vector.TryGetValue(term, out var positions)) vector[term] = positions = [];
                    // PostgreSQL keeps at most 256 positions per lexeme.
                    if (positions.Count < 256) positions.Add($"{position}{weight}");
                }
            }
            // A gap between fields, so that a phrase never runs from one into the next.
            position = Math.Min(position + 10, MaxPosition);
            columns[f] = column.ToString();
        }
        var literal = new StringBuilder();
        foreach (var (term, positions) in vector)
        {
            literal.Append('\'').Append(term.Replace("\\", "\\\\").Replace("'", "''")).Append("':").AppendJoin(',', positions).Append(' ');
        }
        return new IndexedText { Columns = columns, TsVector = literal.ToString() };
    }
}
