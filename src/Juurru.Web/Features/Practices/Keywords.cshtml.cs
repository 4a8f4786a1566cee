using Juurru.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Practices;

/// <summary>The keyword cloud: every keyword of published practices, sized by how many practices carry it.</summary>
public sealed class KeywordsModel(JuurruDbContext db) : PageModel
{
    public sealed record Entry(int Id, string Name, int Count, int Weight);

    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var counts = await db.Keywords.AsNoTracking()
            .Select(k => new { k.Id, k.Name, k.NormalizedName, Count = db.Practices.Count(p => p.Status == PracticeStatus.Published && p.Keywords.Any(x => x.Id == k.Id)) })
            .Where(k => k.Count > 0)
            .ToListAsync(ct);
        var max = counts.Count == 0 ? 1 : counts.Max(c => c.Count);
        Entries = counts
            .OrderBy(c => TextKeys.SortKey(c.Name), StringComparer.Ordinal)
            .Select(c => new Entry(c.Id, c.Name, c.Count, 1 + (int)Math.Round(4.0 * Math.Log(c.Count) / Math.Log(Math.Max(2, max)))))
            .ToList();
    }
}
