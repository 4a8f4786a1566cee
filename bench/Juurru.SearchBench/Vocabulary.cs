using Juurru.Features.Search.Analysis;

namespace Juurru.SearchBench;

/// <summary>
/// Finnish word forms with their frequencies, counted from the field's own documents (../shared/seeds): single
/// words only, so synthetic texts have the field's vocabulary and Zipf-like distribution but none of its sentences.
/// </summary>
public sealed class Vocabulary
{
    private readonly string[] _words;
    private readonly long[] _cumulative;

    private Vocabulary(IReadOnlyList<(string Word, int Count)> counts)
    {
        _words = counts.Select(c => c.Word).ToArray();
        _cumulative = new long[counts.Count];
        long sum = 0;
        for (var i = 0; i < counts.Count; i++) _cumulative[i] = sum += counts[i].Count;
    }

    public int Count => _words.Length;

    /// <summary>
    /// The words split into topics (round robin by frequency rank, so each topic has common and rare words).
    /// A practice is written about two topics; a searcher looks for one.
    /// </summary>
    public Vocabulary[] Topics(int count) => Enumerable.Range(0, count)
        .Select(t => new Vocabulary(Enumerable.Range(0, _words.Length).Where(i => i % count == t)
            .Select(i => (_words[i], (int)(_cumulative[i] - (i == 0 ? 0 : _cumulative[i - 1])))).ToList()))
        .ToArray();

    public static (Vocabulary All, Vocabulary Content) FromSeeds(string folder)
    {
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.txt") : [];
        if (files.Length == 0) throw new InvalidOperationException($"No seed documents in {folder}; set JUURRU_SEEDS.");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var token in TextAnalyzer.Words(File.ReadAllText(file)))
            {
                // Web addresses in the documents give "words" such as tyoelama-muuttuu-miten-…: not words.
                if (token.Word.Length is < 2 or > 30 || token.Word.Any(char.IsDigit) || token.Word.Count(c => c == '-') > 1) continue;
                counts[token.Word] = counts.GetValueOrDefault(token.Word) + 1;
            }
        }
        var all = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)).ToList();
        var content = all.Where(w => w.Key.Length >= 4 && !StopWords.Contains(w.Key)).ToList();
        return (new Vocabulary(all), new Vocabulary(content));
    }

    public string Next(Random random)
    {
        var x = random.NextInt64(_cumulative[^1]);
        var i = Array.BinarySearch(_cumulative, x + 1);
        return _words[i >= 0 ? i : ~i];
    }

    /// <summary>A sentence of words from this vocabulary, half of them (on average) from the given topic words.</summary>
    public string Sentence(Random random, int min, int max, Vocabulary? topic = null)
    {
        var words = Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => topic is not null && random.Next(2) == 0 ? topic.Next(random) : Next(random)).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    public string Text(Random random, int minWords, int maxWords, params Vocabulary[] topics)
    {
        var target = random.Next(minWords, maxWords + 1);
        var sentences = new List<string>();
        for (var n = 0; n < target;)
        {
            var s = Sentence(random, 6, 16, topics.Length == 0 ? null : topics[random.Next(topics.Length)]);
            n += s.Count(c => c == ' ') + 1;
            sentences.Add(s);
        }
        return string.Join(' ', sentences);
    }
}
