using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Practices;

/// <summary>A practice as lists show it.</summary>
public sealed record PracticeCard(
    int Id,
    string Title,
    PracticeKind Kind,
    PracticeStatus Status,
    Evaluation.EvaluationDecision? Decision,
    string Summary,
    int? Year,
    string Language,
    DateTime? PublishedAt,
    IReadOnlyList<ProjectRef> Projects,
    IReadOnlyList<ThemeRef> Themes,
    Rooting.RootingSummary Rooting);

public static class PracticeCardQuery
{
    public static Task<List<PracticeCard>> ToCardsAsync(this IQueryable<Practice> practices, CancellationToken ct) =>
        practices.AsNoTracking()
            .Select(p => new PracticeCard(p.Id, p.Title, p.Kind, p.Status, p.Decision, p.Summary, p.Year, p.Language, p.PublishedAt,
                p.Projects.OrderBy(x => x.SortKey)
                    .Select(x => new ProjectRef(x.Id, x.Name, x.Acronym, x.LeadOrganisation!.Name, x.EndDate)).ToList(),
                p.Themes.OrderBy(t => t.SortOrder).Select(t => new ThemeRef(t.Id, t.Code, t.Name, t.ParentId)).ToList(),
                new Rooting.RootingSummary(p.Rooting, p.RootingOrganisations, p.RootingConfirmedAt)))
            .ToListAsync(ct);
}
