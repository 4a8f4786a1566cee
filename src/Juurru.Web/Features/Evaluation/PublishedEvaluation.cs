using Juurru.Data;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Evaluation;

/// <summary>
/// The latest decision on a practice as the public sees it (page and API): always the decision and its round;
/// the statement and the mean scores only when the coordinator published them.
/// </summary>
public sealed record PublishedEvaluation(
    EvaluationDecision Decision,
    DateTime DecidedAt, int RoundId, string Round, string? Statement, IReadOnlyList<PublishedScore>? Scores);

public sealed record PublishedScore(
    EvaluationPhase Phase,
    string Criterion, int N, double? Mean, int ScaleMin, int ScaleMax);

public static class PublishedEvaluationQuery
{
    public static async Task<PublishedEvaluation?> LoadAsync(JuurruDbContext db, int practiceId, int? roundId, string culture, CancellationToken ct)
    {
        if (roundId is null) return null;
        var entry = await db.RoundPractices.AsNoTracking().Include(p => p.Round)
            .SingleOrDefaultAsync(p => p.RoundId == roundId && p.PracticeId == practiceId && p.Decision != null, ct);
        if (entry?.Round is not { Status: RoundStatus.Closed } round) return null;
        if (!entry.PublishStatement)
            return new PublishedEvaluation(entry.Decision!.Value, entry.DecidedAt ?? round.ClosedAt!.Value, round.Id, round.Name, null, null);

        round.Criteria = await db.Set<RoundCriterion>().AsNoTracking().Where(c => c.RoundId == round.Id).ToListAsync(ct);
        round.Assignments = await db.Assignments.AsNoTracking()
            .Where(a => a.RoundId == round.Id && a.PracticeId == practiceId && a.Status == AssignmentStatus.Submitted).ToListAsync(ct);
        var scores = Aggregation.Summarize(round, practiceId, (_, _) => "")
            .SelectMany(phase => phase.Criteria.Select(c => new PublishedScore(phase.Phase, c.Criterion.Name.In(culture), c.N,
                c.Mean is { } m ? Math.Round(m, 2) : null, c.Criterion.Scale.Min, c.Criterion.Scale.Max)))
            .ToList();
        return new PublishedEvaluation(entry.Decision!.Value, entry.DecidedAt ?? round.ClosedAt!.Value, round.Id, round.Name, entry.Statement, scores);
    }
}
