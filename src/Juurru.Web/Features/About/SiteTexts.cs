using Juurru.Data;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.About;

/// <summary>Reads the administrator's texts of one language for the privacy notice and the accessibility statement.</summary>
public sealed class SiteTexts(JuurruDbContext db)
{
    public sealed record Loaded(IReadOnlyDictionary<SiteTextKey, string> Texts, DateTime? UpdatedAt)
    {
        /// <summary>The text, or null where the administrator has not written it in this language.</summary>
        public string? this[SiteTextKey key] => Texts.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
    }

    public async Task<Loaded> LoadAsync(string language, CancellationToken ct)
    {
        var rows = await db.SiteTexts.AsNoTracking().Where(t => t.Language == language).ToListAsync(ct);
        return new Loaded(rows.ToDictionary(t => t.Key, t => t.Markdown), rows.Count == 0 ? null : rows.Max(t => t.UpdatedAt));
    }
}
