using System.Globalization;
using System.Text;

namespace Juurru.Features.Search.Analysis;

/// <summary>A word of a text: where it is (for highlighting) and its folded form.</summary>
public readonly record struct WordToken(int Start, int Length, string Word);

/// <summary>
/// The one analyzer of Juurru's search, used for indexing, for queries and for highlighting on both databases.
/// A word of a document yields every term it should be found by: its own form, its Finnish base forms and
/// compound parts from Voikko, and for words Voikko does not know, light stems and the stems of their possible
/// compound heads. A query word yields only its base forms (one of which must match), which keeps precision.
/// </summary>
public sealed class TextAnalyzer(Voikko voikko)
{
    private const int MinTail = 5;

    /// <summary>Stored with the index; a different value on start-up means the index is rebuilt.</summary>
    public string Signature => voikko.Available ? "voikko-fi/10" : "light/10";

    public bool UsesVoikko => voikko.Available;

    public Voikko Voikko => voikko;

    /// <summary>Lower-case NFC words: letters and digits, joined by inner hyphens; "HOKS:n" gives "hoks".</summary>
    public static IEnumerable<WordToken> Words(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var colon = -1;
            while (i < text.Length)
            {
                if (char.IsLetterOrDigit(text[i]) || text[i] is '\u0301' or '\u0308' or '\u030A')
                {
                    i++;
                }
                else if (text[i] is '-' or '\u2010' or '\u2011' or ':' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > start)
                {
                    if (text[i] == ':' && colon < 0) colon = i;
                    i++;
                }
                else
                {
                    break;
                }
            }
            var end = colon >= 0 ? colon : i;
            var word = Fold(text.AsSpan(start, end - start));
            if (word.Length > 0) yield return new WordToken(start, i - start, word);
        }
    }

    /// <summary>Lower case, NFC, no soft hyphens; hyphens kept (they are removed from terms, not from words).</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        var s = word.ToString();
        if (!s.IsNormalized(NormalizationForm.FormC)) s = s.Normalize(NormalizationForm.FormC);
        s = s.ToLower(CultureInfo.InvariantCulture);
        return s.Contains('\u00ad') || s.Contains('\u2010') || s.Contains('\u2011')
            ? s.Replace("\u00ad", "").Replace('\u2010', '-').Replace('\u2011', '-')
            : s;
    }

    /// <summary>A term as stored: no hyphens, so that both databases keep it as one token.</summary>
    public static string Term(string word) => word.Replace("-", "");

    /// <summary>Every term a word of a document in the given language is found by; empty for stop words. Cached per word.</summary>
    public IReadOnlyCollection<string> DocumentTerms(string word, string language)
    {
        if (StopWords.Contains(word)) return [];
        if (_documentTerms.TryGetValue((word, language), out var cached)) return cached;
        var terms = new HashSet<string>(StringComparer.Ordinal);
        AddDocumentTerms(word, language, terms);
        terms.RemoveWhere(t => t.Length == 0);
        var result = terms.ToArray();
        if (_documentTerms.Count >= MaxCachedWords) _documentTerms.Clear();
        _documentTerms.TryAdd((word, language), result);
        return result;
    }

    private const int MaxCachedWords = 300_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Word, string Language), string[]> _documentTerms = new();

    private void AddDocumentTerms(string word, string language, HashSet<string> terms)
    {
        if (word.All(char.IsDigit))
        {
            terms.Add(word);
            return;
        }
        var readings = voikko.Analyze(word);
        if (readings.Length > 0)
        {
            // A known word is searched by its base forms; its inflected form itself would only make the index bigger.
            foreach (var reading in readings) AddReading(word, reading, terms);
            return;
        }
        terms.Add(Term(word));
        if (word.Contains('-'))
        {
            // An unknown hyphenated word (SIMHE-ohjaus, HOKS-prosessi): each part on its own.
            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries)) AddDocumentTerms(part, language, terms);
            return;
        }
        foreach (var stem in LightStemmer.Stems(word, language)) terms.Add(stem);
        if (language != "fi") return;
        // An unknown Finnish word may be a compound whose head Voikko knows (mentoritoiminta → toiminta)
        // or whose head is itself a coinage (vertaismentorointi → mentorointi): index the possible heads.
        for (var i = 1; i <= word.Length - MinTail; i++)
        {
            // A head is a word ending as compound modifiers do; or a letter or two (ePortfolio, mOppi).
            var shortHead = i <= 2 && word.Length - i >= 6;
            if (!shortHead && (i < 4 || !IsCompoundJoint(word[i - 1]))) continue;
            var tail = word[i..];
            var tailReadings = voikko.Analyze(tail);
            if (tailReadings.Length > 0)
            {
                foreach (var reading in tailReadings) AddReading(tail, reading, terms);
                foreach (var stem in LightStemmer.Finnish(word[..i])) terms.Add(stem);
                break;
            }
            if (!shortHead && tail.Length >= 7)
            {
                foreach (var stem in LightStemmer.Finnish(tail).Where(s => s.Length >= MinTail)) terms.Add(stem);
            }
        }
    }

    /// <summary>Base form, compound parts (surface form for the modifiers, base form for the head), their base forms and runs of adjacent parts.</summary>
    private void AddReading(string word, VoikkoReading reading, HashSet<string> terms)
    {
        terms.Add(Term(reading.BaseForm));
        if (reading.DerivedFrom() is { Length: > 2 } root) terms.Add(Term(root));
        var starts = PartStarts(reading.Structure);
        if (starts.Count < 2) return;
        var parts = new List<string>(starts.Count);
        for (var p = 0; p < starts.Count; p++)
        {
            var last = p == starts.Count - 1;
            var start = starts[p];
            var part = last
                ? (start < reading.BaseForm.Length ? reading.BaseForm[start..] : word[Math.Min(start, word.Length)..])
                : word[start..Math.Min(starts[p + 1], word.Length)];
            part = Term(part);
            parts.Add(part);
            if (part.Length < 2) continue;
            terms.Add(part);
            if (!last)
            {
                // arjen → arki; a modifier in -s is a -nen word's compound form: keskeyttämis → keskeyttäminen → keskeyttää.
                var readings = voikko.Analyze(part);
                if (readings.Length == 0 && part.EndsWith('s')) readings = voikko.Analyze(part[..^1] + "nen");
                foreach (var r in readings) terms.Add(Term(r.BaseForm));
            }
        }
        for (var from = 0; from < parts.Count; from++)
        {
            for (var to = from + 2; to <= parts.Count; to++)
            {
                if (from == 0 && to == parts.Count) continue;
                terms.Add(string.Concat(parts.Skip(from).Take(to - from)));
            }
        }
    }

    /// <summary>Where each morpheme starts in the word; STRUCTURE has one character per letter of the word and '=' before each part.</summary>
    private static List<int> PartStarts(string structure)
    {
        var starts = new List<int>();
        var position = 0;
        foreach (var c in structure)
        {
            if (c == '=')
            {
                starts.Add(position);
                continue;
            }
            position++;
        }
        return starts.Distinct().ToList();
    }

    /// <summary>The parts of a compound query word, each with its base forms: vertaistuki → [vertais|vertainen] [tuki].</summary>
    private string[][] CompoundParts(string word, VoikkoReading reading)
    {
        var starts = PartStarts(reading.Structure);
        if (starts.Count < 2) return [];
        var parts = new List<string[]>();
        for (var p = 0; p < starts.Count; p++)
        {
            var last = p == starts.Count - 1;
            var part = last
                ? (starts[p] < reading.BaseForm.Length ? reading.BaseForm[starts[p]..] : "")
                : word[starts[p]..Math.Min(starts[p + 1], word.Length)];
            part = Term(part);
            if (part.Length < 3) return [];
            parts.Add(voikko.Analyze(part).Select(r => Term(r.BaseForm)).Prepend(part).Distinct().ToArray());
        }
        return parts.ToArray();
    }

    /// <summary>
    /// The words of a text with their terms, abbreviations of <see cref="DomainTerms"/> added where their phrase is
    /// spelled out and the phrase's terms added where the abbreviation is used.
    /// </summary>
    public List<(WordToken Token, IReadOnlyCollection<string> Terms)> AnalyzeText(string? text, string language)
    {
        var words = Words(text).Select(t => (Token: t, Terms: DocumentTerms(t.Word, language))).ToList();
        // Stop words have no terms and do not interrupt a phrase ("työhön ja itsenäiseen elämään").
        var content = new List<int>();
        var starts = new List<int>();
        var triggers = Triggers.Value;
        for (var i = 0; i < words.Count; i++)
        {
            var terms = words[i].Terms;
            if (terms.Count == 0) continue;
            foreach (var term in terms)
            {
                if (!triggers.Contains(term)) continue;
                starts.Add(content.Count);
                break;
            }
            content.Add(i);
        }
        foreach (var i in starts)
        {
            foreach (var (abbreviation, phrase) in Phrases.Value)
            {
                var (token, terms) = words[content[i]];
                if (terms.Contains(abbreviation))
                {
                    words[content[i]] = (token, terms.Concat(phrase.SelectMany(p => p)).Distinct().ToArray());
                    continue;
                }
                if (i + phrase.Length > content.Count) continue;
                var all = true;
                for (var j = 0; j < phrase.Length && all; j++) all = phrase[j].Any(words[content[i + j]].Terms.Contains);
                if (all) words[content[i]] = (token, terms.Append(abbreviation).ToArray());
            }
        }
        return words;
    }

    private Lazy<List<(string Abbreviation, string[][] Phrase)>> Phrases => _phrases ??= new(() => DomainTerms.Entries
        .Select(e => (e.Abbreviation, Words(e.Phrase).Where(w => !StopWords.Contains(w.Word)).Select(w => QueryTerms(w.Word, false).Terms).ToArray()))
        .ToList());

    private Lazy<List<(string Abbreviation, string[][] Phrase)>>? _phrases;

    /// <summary>Terms that can start a domain term: the abbreviations and the first words of their phrases.</summary>
    private Lazy<HashSet<string>> Triggers => _triggers ??= new(() =>
        Phrases.Value.SelectMany(p => p.Phrase[0].Append(p.Abbreviation)).ToHashSet(StringComparer.Ordinal));

    private Lazy<HashSet<string>>? _triggers;

    private static bool IsCompoundJoint(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ä' or 'ö' or 'n' or 's';

    /// <summary>How a query word matches: one of <see cref="Terms"/> exactly or a term beginning with one of <see cref="Prefixes"/>.</summary>
    public QueryWordTerms QueryTerms(string word, bool prefix)
    {
        if (prefix) return new QueryWordTerms([], [Term(word)]);
        if (word.All(char.IsDigit)) return new QueryWordTerms([word], []);
        var readings = voikko.Analyze(word);
        if (readings.Length > 0)
        {
            var exact = readings.Select(r => Term(r.BaseForm)).Distinct().ToArray();
            return new QueryWordTerms(exact, [])
            {
                Related = readings.Select(r => r.DerivedFrom()).OfType<string>().Select(Term).Where(t => t.Length > 2).Except(exact).Distinct().ToArray(),
                Parts = CompoundParts(word, readings[0]),
            };
        }
        var terms = new HashSet<string>(StringComparer.Ordinal) { Term(word) };
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in (string[])["fi", "sv", "en"])
        {
            foreach (var stem in LightStemmer.Stems(Term(word), language)) terms.Add(stem);
        }
        foreach (var stem in LightStemmer.Finnish(Term(word)))
        {
            // An unknown word is often the start of a longer coinage (mentorointimalli); its relatives share a root.
            if (stem.Length >= 5) prefixes.Add(stem);
            if (LightStemmer.DerivationRoot(stem) is { } root) prefixes.Add(root);
        }
        return new QueryWordTerms(terms.ToArray(), prefixes.ToArray());
    }
}

/// <summary>The terms a query word matches: one of <see cref="Terms"/> exactly, or a term beginning with one of <see cref="Prefixes"/>.</summary>
public sealed record QueryWordTerms(string[] Terms, string[] Prefixes)
{
    /// <summary>Used only when the exact terms find too little: the words it is derived from (perehdytys → perehdyttää).</summary>
    public string[] Related { get; init; } = [];

    /// <summary>Used only when the exact terms find too little: a compound's parts, all of which must occur (each one of its forms).</summary>
    public string[][] Parts { get; init; } = [];

    public bool CanRelax => Related.Length > 0 || Parts.Length > 0;

    public bool Matches(IReadOnlyCollection<string> documentTerms, bool relaxed = false) =>
        documentTerms.Any(t => Terms.Contains(t) || Prefixes.Any(p => t.StartsWith(p, StringComparison.Ordinal))
                               || relaxed && (Related.Contains(t) || Parts.Any(part => part.Contains(t))));
}
