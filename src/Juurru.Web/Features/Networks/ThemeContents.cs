using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Networks;

/// <summary>What a theme holds, as its page and GET /api/v1/themes/{id} show it.</summary>
public sealed record ThemeContents(
    IReadOnlyList<IndexModel.ThemeCount> Subthemes, int PracticeCount, IReadOnlyList<PracticeCard> Practices, IReadOnlyList<ProjectRow> Projects)
{
    public const int NewestPractices = 20;

    /// <summary>Its subthemes with their numbers of published practices, its newest published practices, and the
    /// projects under it or behind one of its practices.</summary>
    public static async Task<ThemeContents> LoadAsync(JuurruDbContext db, int id, CancellationToken ct)
    {
        var subthemes = await db.Themes.AsNoTracking().Where(t => t.ParentId == id).OrderBy(t => t.SortOrder)
            .Select(t => new IndexModel.ThemeCount(t.Id, t.Code, t.Name, t.ParentId,
                db.Practices.Count(p => p.Status == PracticeStatus.Published && p.Themes.Any(x => x.Id == t.Id))))
            .ToListAsync(ct);
        var practices = db.Practices.Where(p => p.Status == PracticeStatus.Published && p.Themes.Any(t => t.Id == id));
        var count = await practices.CountAsync(ct);
        var newest = await practices.Sorted(PracticeSort.Newest).Take(NewestPractices).ToCardsAsync(ct);
        var projects = await db.Projects.Where(p => p.Themes.Any(t => t.Id == id) || practices.Any(x => x.Projects.Any(y => y.Id == p.Id)))
            .OrderBy(p => p.SortKey).ToRowsAsync(db, ct);
        return new ThemeContents(subthemes, count, newest, projects);
    }
}
