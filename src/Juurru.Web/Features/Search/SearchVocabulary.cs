using Juurru.Data;
using Juurru.Features.Search.Analysis;

namespace Juurru.Features.Search;

/// <summary>
/// The indexed terms with their document counts, kept in memory for spelling corrections ("did you mean").
/// Loaded on first need and again after this process changes the index or after ten minutes (other instances).
/// </summary>
public sealed class SearchVocabulary(TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzåäö0123456789";
    private readonly SemaphoreSlim _loading = new(1, 1);
    private Dictionary<string, int>? _terms;
    private DateTimeOffset _loadedAt;

    public void Invalidate() => _terms = null;

    /// <summary>The indexed word one edit (insert, delete, replace, swap) away from the given word that most documents contain.</summary>
    public async Task<string?> CorrectAsync(JuurruDbContext db, string word, Voikko voikko, CancellationToken ct)
    {
        var terms = await TermsAsync(db, ct);
        var term = TextAnalyzer.Term(word);
        string? best = null;
        var bestCount = 0;
        var suggestions = voikko.Suggest(word).Select(s => TextAnalyzer.Fold(s))
            .SelectMany(s => voikko.Analyze(s).Select(r => TextAnalyzer.Term(r.BaseForm)).Prepend(TextAnalyzer.Term(s)));
        foreach (var candidate in Edits(term).Concat(suggestions))
        {
            if (candidate == term || !terms.TryGetValue(candidate, out var count) || count <= bestCount) continue;
            best = candidate;
            bestCount = count;
        }
        return best;
    }

    private async Task<Dictionary<string, int>> TermsAsync(JuurruDbContext db, CancellationToken ct)
    {
        var terms = _terms;
        if (terms is not null && time.GetUtcNow() - _loadedAt < MaxAge) return terms;
        await _loading.WaitAsync(ct);
        try
        {
            if (_terms is null || time.GetUtcNow() - _loadedAt >= MaxAge)
            {
                _terms = await SearchStore.For(db).VocabularyAsync(db, ct);
                _loadedAt = time.GetUtcNow();
            }
            return _terms;
        }
        finally
        {
            _loading.Release();
        }
    }

    private static IEnumerable<string> Edits(string w)
    {
        for (var i = 0; i < w.Length; i++) yield return w.Remove(i, 1);
        for (var i = 0; i + 1 < w.Length; i++) yield return string.Concat(w.AsSpan(0, i), w.AsSpan(i + 1, 1), w.AsSpan(i, 1), w.AsSpan(i + 2));
        foreach (var c in Alphabet)
        {
            for (var i = 0; i < w.Length; i++)
            {
                if (w[i] != c) yield return string.Concat(w.AsSpan(0, i), c.ToString(), w.AsSpan(i + 1));
            }
            for (var i = 0; i <= w.Length; i++) yield return w.Insert(i, c.ToString());
        }
    }
}
