using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Search.Analysis;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Vocabulary;

/// <summary>
/// Proposes keywords for the practices of a network that have none: the nouns of a practice's own text, in their base
/// form ("työpaikkaohjaajien" → "työpaikkaohjaaja"), that are frequent in it and rare in the network's other practices
/// (tf·idf), title words counting double. Needs Voikko: without word classes and base forms the light stemmer's stems
/// would make poor keywords, so nothing is proposed and the page says why.
/// </summary>
public sealed class KeywordProposer(JuurruDbContext db, TextAnalyzer analyzer)
{
    public const int PerPractice = 6;
    private const int ShortestWord = 5;
    /// <summary>Nouns every report uses, which describe no practice.</summary>
    private static readonly HashSet<string> Generic =
        ["vuosi", "hanke", "malli", "kuvaus", "puoli", "osa", "tapa", "asia", "aika", "kerta", "yhteys", "kulku", "vaihtoehto",
         "toimija", "rooli", "keskusta", "henki", "lisäksi", "tavoite", "tulos", "toiminta", "toimintamalli", "käytäntö"];

    /// <summary>A word in more than this share of the network's practices describes the network, not the practice.</summary>
    private const double MostCommonShare = 0.2;

    public bool Available => analyzer.UsesVoikko;

    /// <summary>Adds proposals for the practices without keywords or proposals; returns how many practices got some.</summary>
    public async Task<int> ProposeAsync(int networkId, CancellationToken ct)
    {
        if (!Available) return 0;
        var practices = await db.Practices.AsNoTracking()
            .Where(p => p.NetworkId == networkId && p.Status != PracticeStatus.Archived)
            .Select(p => new
            {
                p.Id, p.Title, Text = p.Summary + "\n" + p.GoalAndTargetGroup + "\n" + p.ContentAndActions + "\n" + p.ResultsAndIndicators,
                Waiting = !p.Keywords.Any() && !db.KeywordProposals.Any(k => k.PracticeId == p.Id),
            })
            .ToListAsync(ct);
        var nouns = practices.ToDictionary(p => p.Id, p => Nouns(p.Title, p.Text));
        var documentFrequency = nouns.Values.SelectMany(n => n.Keys).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var known = (await db.Keywords.Select(k => k.NormalizedName).ToListAsync(ct)).ToHashSet();
        var proposed = 0;
        foreach (var practice in practices.Where(p => p.Waiting))
        {
            var best = nouns[practice.Id]
                .Where(n => documentFrequency[n.Key] <= Math.Max(1, MostCommonShare * practices.Count))
                .Select(n => (Word: n.Key, Score: n.Value * Math.Log((double)practices.Count / documentFrequency[n.Key]) * (known.Contains(n.Key) ? 1.5 : 1)))
                .Where(n => n.Score > 0)
                .OrderByDescending(n => n.Score).ThenBy(n => n.Word, StringComparer.Ordinal).Take(PerPractice).ToList();
            if (best.Count == 0) continue;
            db.KeywordProposals.AddRange(best.Select(b => new KeywordProposal { PracticeId = practice.Id, Word = b.Word, Score = Math.Round(b.Score, 3) }));
            proposed++;
        }
        await db.SaveChangesAsync(ct);
        return proposed;
    }

    /// <summary>Base forms of the nouns of a text with their weight: one per occurrence, two in the title.</summary>
    private Dictionary<string, double> Nouns(string title, string text)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        void Count(string? part, double weight)
        {
            foreach (var token in TextAnalyzer.Words(part))
            {
                if (token.Word.Length < ShortestWord || StopWords.Contains(token.Word)) continue;
                // Only words that can be read as nothing but a noun: "nuorille" is also the adjective "nuori" (not
                // the rope "nuora"), "hakeutumaan" the verb "hakeutua".
                var readings = analyzer.Voikko.Analyze(token.Word);
                if (readings.Length == 0 || !readings.All(r => r.IsNoun)) continue;
                var reading = readings[0];
                if (reading.BaseForm.Length < ShortestWord || reading.BaseForm.Length > 100 || Generic.Contains(reading.BaseForm)) continue;
                weights[reading.BaseForm] = weights.GetValueOrDefault(reading.BaseForm) + weight;
            }
        }
        Count(title, 2);
        Count(text, 1);
        return weights;
    }
}
