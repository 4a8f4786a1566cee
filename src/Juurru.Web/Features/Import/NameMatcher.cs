using System.Text.RegularExpressions;
using Juurru.Data;

namespace Juurru.Features.Import;

/// <summary>
/// Finds the project a report means when it spells the name another way: an acronym ("SOPU"), a part of the name
/// ("Taitava" for "TAITAVA – Tulevaisuuden osaajat"), a typo ("Vetovoimalla"), a suffix ("Huoltamo-hanke") or a longer
/// compound ("Yhdessä koulutustakuuseen" for "Yhdessä takuuseen"). Each name is turned into several keys; a label
/// matches the candidate whose keys come closest, if close enough and clearly closer than any other candidate.
/// </summary>
public sealed partial class NameMatcher<T> where T : class
{
    public const double Threshold = 0.8;
    private readonly List<(T Item, string[] Keys, string[] Tokens)> _candidates = [];

    public void Add(T item, params string?[] names)
    {
        var valid = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).ToList();
        _candidates.Add((item, valid.SelectMany(Keys).Distinct().ToArray(), valid.SelectMany(Tokens).Distinct().ToArray()));
    }

    public sealed record Match(T Item, double Score);

    public Match? Find(string label)
    {
        var keys = Keys(label).ToArray();
        var tokens = Tokens(label).ToArray();
        var scored = _candidates
            .Select(c => (c.Item, Score: Score(keys, tokens, c.Keys, c.Tokens)))
            .Where(c => c.Score >= Threshold)
            .OrderByDescending(c => c.Score)
            .ToList();
        if (scored.Count == 0) return null;
        var best = scored[0];
        // Two different candidates equally close: better to report the name than to guess.
        if (best.Score < 1.0 && scored.Skip(1).Any(c => !ReferenceEquals(c.Item, best.Item) && best.Score - c.Score < 0.02)) return null;
        return new Match(best.Item, best.Score);
    }

    /// <summary>How closely a label fits a name, 0–1, by the same measure <see cref="Find"/> uses.</summary>
    public static double Similarity(string label, string name) =>
        Score(Keys(label).ToArray(), Tokens(label).ToArray(), Keys(name).ToArray(), Tokens(name).ToArray());

    private static double Score(string[] labelKeys, string[] labelTokens, string[] keys, string[] tokens)
    {
        var best = 0.0;
        foreach (var a in labelKeys)
        {
            foreach (var b in keys)
            {
                if (a == b) return 1.0;
                var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
                if (shorter.Length >= 5 && longer.StartsWith(shorter, StringComparison.Ordinal) && shorter.Length * 2 >= longer.Length)
                    best = Math.Max(best, 0.9);
                if (shorter.Length >= 6) best = Math.Max(best, 1.0 - (double)Levenshtein(a, b) / longer.Length);
            }
        }
        return Math.Max(best, 0.9 * TokenOverlap(labelTokens, tokens));
    }

    /// <summary>Share of words that match, a word matching another that ends with it (Finnish compounds).</summary>
    private static double TokenOverlap(string[] label, string[] candidate)
    {
        if (label.Length < 2 || candidate.Length < 2) return 0;
        static bool Same(string x, string y) => x == y
            || (Math.Min(x.Length, y.Length) >= 5 && (x.EndsWith(y, StringComparison.Ordinal) || y.EndsWith(x, StringComparison.Ordinal)));
        var matched = label.Count(l => candidate.Any(c => Same(l, c)));
        return (double)matched / Math.Max(label.Length, candidate.Length);
    }

    [GeneratedRegex(@"\s+[-–]\s*|\s*[-–]\s+|,\s+|\.\s+|:\s+")]
    private static partial Regex PartSeparator();

    [GeneratedRegex(@"\(([^()]+)\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\b[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9!]+(?:\s+[A-ZÅÄÖ]{2,})*\b")]
    private static partial Regex UpperCaseRun();

    /// <summary>The ways a name may be written: whole, in parts, its acronyms, without "hanke".</summary>
    public static IEnumerable<string> Keys(string name)
    {
        var variants = new List<string> { name };
        var withoutParens = Parenthesised().Replace(name, " ").Trim();
        variants.Add(withoutParens);
        variants.AddRange(Parenthesised().Matches(name).Select(m => m.Groups[1].Value));
        foreach (var v in new[] { name, withoutParens })
        {
            var parts = PartSeparator().Split(v);
            if (parts.Length > 1) variants.AddRange(parts);
        }
        // "NOJAT-Nuorten…", "Work Smart-Älykkäästi…": the part before a hyphen that joins two capitalised words.
        var hyphen = Regex.Match(name, @"^([^-–]{3,}?)[-–]\p{Lu}");
        if (hyphen.Success) variants.Add(hyphen.Groups[1].Value);
        variants.AddRange(UpperCaseRun().Matches(name).Select(m => m.Value).Where(v => v.Count(char.IsLetter) >= 2));
        return variants.Select(Key).Where(k => k.Length >= 2).Distinct();
    }

    private static IEnumerable<string> Tokens(string name) =>
        TextKeys.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !IsFiller(t));

    /// <summary>Folded, without the filler words "hanke" and "projekti", without spaces.</summary>
    public static string Key(string name) =>
        string.Concat(TextKeys.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !IsFiller(t)));

    private static bool IsFiller(string token) => token is "hanke" or "hankkeen" or "projekti" or "projekt";

    public static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
