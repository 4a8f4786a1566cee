using Juurru.Data;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Vocabulary;

/// <summary>Finds keywords and target groups by name as typed, creating the ones not seen before.</summary>
public static class VocabularyLookup
{
    public static Task<List<Keyword>> KeywordsAsync(this JuurruDbContext db, IReadOnlyList<string> names, CancellationToken ct) =>
        FindOrCreateAsync(db.Keywords, names, Keyword.Create, k => k.NormalizedName, ct);

    public static Task<List<TargetGroup>> TargetGroupsAsync(this JuurruDbContext db, IReadOnlyList<string> names, CancellationToken ct) =>
        FindOrCreateAsync(db.TargetGroups, names, TargetGroup.Create, k => k.NormalizedName, ct);

    private static async Task<List<T>> FindOrCreateAsync<T>(DbSet<T> set, IReadOnlyList<string> names, Func<string, T> create,
        Func<T, string> key, CancellationToken ct) where T : class
    {
        var normalized = names.Select(TextKeys.Normalize).Distinct().ToList();
        var existing = await set.Where(e => normalized.Contains(EF.Property<string>(e, "NormalizedName"))).ToListAsync(ct);
        var result = new List<T>();
        foreach (var n in normalized)
        {
            var found = existing.FirstOrDefault(e => key(e) == n) ?? set.Local.FirstOrDefault(e => key(e) == n);
            if (found is null)
            {
                found = create(names.First(x => TextKeys.Normalize(x) == n));
                set.Add(found);
            }
            result.Add(found);
        }
        return result;
    }
}
