using Juurru.Data;
using Juurru.Features.Practices;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Search;

/// <summary>A result on a page of practice search results.</summary>
public sealed record PracticeResultItem(PracticeCard Card, Highlights? Highlights, double Score);

public static class PracticeResultItems
{
    /// <summary>Cards of the page's practices in result order, with title and snippet highlighted when there were search words.</summary>
    public static async Task<List<PracticeResultItem>> LoadAsync(JuurruDbContext db, PracticeSearch search, PracticeResults results, CancellationToken ct)
    {
        var ids = results.Page.Select(h => h.EntityId).ToList();
        var cards = (await db.Practices.Where(p => ids.Contains(p.Id)).ToCardsAsync(ct)).ToDictionary(c => c.Id);
        var texts = results.Query.IsEmpty
            ? []
            : await db.Practices.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.Title, p.Language, Text = p.Summary + "\n" + p.GoalAndTargetGroup + "\n" + p.ContentAndActions + "\n" + p.StaffInduction + "\n" + p.Materials + "\n" + p.Resources + "\n" + p.ResultsAndIndicators + "\n" + p.Marketing })
                .ToDictionaryAsync(p => p.Id, ct);
        var items = new List<PracticeResultItem>();
        foreach (var hit in results.Page)
        {
            if (!cards.TryGetValue(hit.EntityId, out var card)) continue;
            var highlights = texts.TryGetValue(hit.EntityId, out var t)
                ? search.Highlight(results.Query, t.Title, SearchDocuments.PlainText(t.Text), t.Language)
                : null;
            items.Add(new PracticeResultItem(card, highlights, hit.Score));
        }
        return items;
    }
}

public static class SimilarPractices
{
    /// <summary>Cards of published practices resembling the given text, best first; <paramref name="except"/> is the practice itself.</summary>
    public static async Task<List<PracticeCard>> LoadAsync(JuurruDbContext db, PracticeSearch search, string title, string text,
        int? except, int count, CancellationToken ct)
    {
        var ids = await search.SimilarAsync(db, title, text, except, count, ct);
        if (ids.Count == 0) return [];
        var list = ids.ToList();
        var cards = (await db.Practices.Where(p => list.Contains(p.Id) && p.Status == PracticeStatus.Published).ToCardsAsync(ct)).ToDictionary(c => c.Id);
        return ids.Where(cards.ContainsKey).Select(id => cards[id]).ToList();
    }
}
