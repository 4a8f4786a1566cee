namespace Juurru.Features.Evaluation;

/// <summary>One criterion's submitted scores: n, mean, spread (sample standard deviation, min–max) and how many gave each value.</summary>
public sealed record CriterionSummary(RoundCriterion Criterion, int N, double? Mean, double? StandardDeviation, int? Min, int? Max,
    IReadOnlyDictionary<int, int> Distribution);

/// <summary>A comment as the readers of a summary see it: who (a name, a group, or "Evaluator 2"), on which criterion (null: overall), what.</summary>
public sealed record FeedbackComment(string Source, RoundCriterion? Criterion, string Text);

public sealed record PhaseSummary(EvaluationPhase Phase, int Forms, IReadOnlyList<CriterionSummary> Criteria, IReadOnlyList<FeedbackComment> Comments);

/// <summary>
/// The scores of a practice in a round, per phase and criterion. Only submitted forms count; a workshop group's
/// form counts once, as the group's shared view. Individual evaluators are named by <c>source</c>, so the
/// coordinator sees names and the project sees "Evaluator 1, 2 …".
/// </summary>
public static class Aggregation
{
    public static IReadOnlyList<PhaseSummary> Summarize(EvaluationRound round, int practiceId, Func<Assignment, int, string> source)
    {
        var result = new List<PhaseSummary>();
        foreach (var phase in new[] { EvaluationPhase.Peer, EvaluationPhase.Expert })
        {
            var criteria = round.CriteriaOf(phase).ToList();
            if (criteria.Count == 0) continue;
            var forms = round.Assignments
                .Where(a => a.PracticeId == practiceId && a.Phase == phase && a.Status == AssignmentStatus.Submitted)
                .OrderBy(a => a.IsWorkshopGroup).ThenBy(a => a.SubmittedAt).ThenBy(a => a.Id).ToList();
            var summaries = criteria.Select(c => Summarize(c, forms.Select(f => f.ScoreOf(c.Id)?.Value).OfType<int>().ToList())).ToList();
            var comments = new List<FeedbackComment>();
            for (var i = 0; i < forms.Count; i++)
            {
                var who = source(forms[i], i + 1);
                foreach (var c in criteria)
                {
                    if (forms[i].ScoreOf(c.Id)?.Comment is { Length: > 0 } text) comments.Add(new FeedbackComment(who, c, text));
                }
                if (forms[i].Comment is { Length: > 0 } overall) comments.Add(new FeedbackComment(who, null, overall));
            }
            result.Add(new PhaseSummary(phase, forms.Count, summaries, comments));
        }
        return result;
    }

    public static CriterionSummary Summarize(RoundCriterion criterion, IReadOnlyList<int> values)
    {
        var distribution = criterion.Scale.Values.ToDictionary(v => v, v => values.Count(x => x == v));
        if (values.Count == 0) return new CriterionSummary(criterion, 0, null, null, null, null, distribution);
        var mean = values.Average();
        double? sd = values.Count < 2 ? null : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        return new CriterionSummary(criterion, values.Count, mean, sd, values.Min(), values.Max(), distribution);
    }
}

/// <summary>What the _Summary partial shows; <see cref="Detailed"/> adds spread and distribution, <see cref="WithComments"/> the comments.</summary>
public sealed record SummaryView(IReadOnlyList<PhaseSummary> Phases, bool Detailed, bool WithComments, int HeadingLevel = 2, string Id = "");
