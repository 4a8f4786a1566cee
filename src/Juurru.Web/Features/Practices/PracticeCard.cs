using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Practices;

/// <summary>A practice as lists show it.</summary>
public sealed record PracticeCard(
    int Id,
    string Title,
    PracticeKind Kind,
    PracticeStatus Status,
    string Summary,
    int? Year,
    string Language,
    DateTime? PublishedAt,
    IReadOnlyList<string> Projects,
    IReadOnlyList<string> Themes);

public static class PracticeCardQuery
{
    public static Task<List<PracticeCard>> ToCardsAsync(this IQueryable<Practice> practices, CancellationToken ct) =>
        practices.AsNoTracking()
            .Select(p => new PracticeCard(p.Id, p.Title, p.Kind, p.Status, p.Summary, p.Year, p.Language, p.PublishedAt,
                p.Projects.OrderBy(x => x.SortKey).Select(x => x.Acronym ?? x.Name).ToList(),
                p.Themes.Where(t => t.ParentId != null).OrderBy(t => t.SortOrder).Select(t => t.Code + " " + t.Name).ToList()))
            .ToListAsync(ct);
}
