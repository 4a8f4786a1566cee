using Juurru.Data;
using Juurru.Features.Evaluation;
using Juurru.Features.Practices;
using Juurru.Features.Search;

namespace Juurru.Features.Rooting.Dashboard;

/// <summary>What the dashboard groups a published practice by: its kind, its evaluation decision and its themes (subthemes count in their theme).</summary>
public sealed record PracticeFacts(PracticeKind Kind, EvaluationDecision? Decision, IReadOnlySet<int> Themes)
{
    /// <summary>
    /// The facts of a network's published practices, read from the search's facet table: it already holds every published
    /// practice's facet values in memory (kind "k:", decision "e:", themes with their parents "t:"), and it is reloaded
    /// whenever the index changes, so these are as current as the practices.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, PracticeFacts>> LoadAsync(JuurruDbContext db, FacetTable facets, string slug, CancellationToken ct)
    {
        var snapshot = await facets.SnapshotAsync(db, SearchKind.Practice, ct);
        var network = snapshot.Id(Facets.Network + slug);
        var facts = new Dictionary<int, PracticeFacts>();
        if (network < 0) return facts;
        foreach (var (id, entry) in snapshot.Entries)
        {
            if (!entry.Facets.Contains(network)) continue;
            PracticeKind kind = PracticeKind.GoodPractice;
            EvaluationDecision? decision = null;
            var themes = new HashSet<int>();
            foreach (var token in entry.Facets.Select(f => snapshot.Tokens[f]))
            {
                if (token.StartsWith(Facets.Kind, StringComparison.Ordinal)) kind = Enum.Parse<PracticeKind>(token[Facets.Kind.Length..]);
                else if (token.StartsWith(Facets.Decision, StringComparison.Ordinal)) decision = Enum.Parse<EvaluationDecision>(token[Facets.Decision.Length..]);
                else if (token.StartsWith(Facets.Theme, StringComparison.Ordinal)) themes.Add(int.Parse(token[Facets.Theme.Length..]));
            }
            facts[id] = new PracticeFacts(kind, decision, themes);
        }
        return facts;
    }
}
