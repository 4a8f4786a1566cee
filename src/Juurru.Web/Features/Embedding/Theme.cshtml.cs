using Juurru.Data;
using Juurru.Features.Practices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Embedding;

/// <summary>The practices of a network's theme or subtheme.</summary>
public sealed class ThemeModel(JuurruDbContext db) : EmbedModel(db)
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var theme = await Db.Themes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (theme is null) return NotFound();
        Name = theme.Label;
        MoreUrl = Url.Page("/Networks/Theme", new { id })!;
        await LoadAsync(theme.IsSubtheme ? new PracticeFilter { Subtheme = id } : new PracticeFilter { Theme = id }, ct);
        return Page();
    }
}
