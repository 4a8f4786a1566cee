using Juurru.Data;
using Juurru.Features.Practices;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Home;

public sealed class IndexModel(JuurruDbContext db) : PageModel
{
    public Figures Headline { get; private set; } = new(0, 0, 0, 0);
    public IReadOnlyList<NetworkThemes> Networks { get; private set; } = [];
    public IReadOnlyList<PracticeCard> Newest { get; private set; } = [];

    public sealed record Figures(int Practices, int Models, int Projects, int Organisations);
    public sealed record ThemeCount(int Id, string Label, int Count);
    public sealed record NetworkThemes(string Name, string Slug, IReadOnlyList<ThemeCount> Themes);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var published = db.Practices.AsNoTracking().Where(p => p.Status == PracticeStatus.Published);
        Headline = new Figures(
            await published.CountAsync(ct),
            await published.CountAsync(p => p.Kind == PracticeKind.Model, ct),
            await db.Projects.CountAsync(ct),
            await db.Organisations.CountAsync(ct));

        var themes = await db.Themes.AsNoTracking()
            .Where(t => t.ParentId == null)
            .OrderBy(t => t.Network!.SortKey).ThenBy(t => t.SortOrder)
            .Select(t => new
            {
                t.Id, t.Code, t.Name, NetworkName = t.Network!.Name, t.Network.Slug,
                Count = db.Practices.Count(p => p.Status == PracticeStatus.Published && p.Themes.Any(x => x.Id == t.Id)),
            })
            .ToListAsync(ct);
        Networks = themes
            .GroupBy(t => (t.NetworkName, t.Slug))
            .Select(g => new NetworkThemes(g.Key.NetworkName, g.Key.Slug,
                g.Select(t => new ThemeCount(t.Id, string.IsNullOrEmpty(t.Code) ? t.Name : $"{t.Code}. {t.Name}", t.Count)).ToList()))
            .ToList();

        // Newest in the field, not in Juurru: an import publishes the practices of 2016–2018 today, and those are not news.
        Newest = await published
            .OrderByDescending(p => p.Year ?? p.PublishedAt!.Value.Year).ThenByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Take(6)
            .ToCardsAsync(ct);
    }
}
