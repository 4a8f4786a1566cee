namespace Juurru.Features.Evaluation;

public enum AssignmentStatus
{
    /// <summary>Invited, nothing saved yet.</summary>
    Assigned,
    Draft,
    Submitted,
}

/// <summary>
/// One evaluation form of one practice in one phase: filled in by an evaluator online, or, in a workshop, by a
/// facilitator on behalf of a small group (<see cref="GroupLabel"/> set; the facilitator is the <see cref="EvaluatorId"/>).
/// </summary>
public sealed class Assignment : Data.IVersioned
{
    /// <summary>Concurrency token: see <see cref="Data.IVersioned"/>.</summary>
    public int Version { get; set; }

    public int Id { get; set; }
    public int RoundId { get; set; }
    public EvaluationRound? Round { get; set; }
    public int PracticeId { get; set; }
    public EvaluationPhase Phase { get; set; }
    public required string EvaluatorId { get; set; }

    /// <summary>Workshop mode: the small group whose scores these are, e.g. "Ryhmä 2".</summary>
    public string? GroupLabel { get; set; }
    public AssignmentStatus Status { get; private set; } = AssignmentStatus.Assigned;
    public List<CriterionScore> Scores { get; set; } = [];

    /// <summary>Overall feedback to the project: strengths and what to develop.</summary>
    public string Comment { get; private set; } = "";
    public DateTime? UpdatedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }

    public bool IsWorkshopGroup => GroupLabel is not null;

    /// <summary>Evaluators may change their form until they submit it; a facilitator may correct a group's record while the round is open.</summary>
    public bool IsEditable => Round?.IsOpen != false && (Status != AssignmentStatus.Submitted || IsWorkshopGroup);

    /// <summary>Stores what was filled in; with <paramref name="submit"/> every criterion of the phase needs a score.</summary>
    public void Record(IReadOnlyList<RoundCriterion> criteria, IReadOnlyDictionary<int, ScoreInput> input, string comment, bool submit, DateTime now)
    {
        if (!IsEditable) throw new EvaluationRuleException(Round?.IsOpen == false ? "The round is closed." : "The evaluation has already been submitted.");
        var scores = new List<CriterionScore>();
        var missing = new List<RoundCriterion>();
        foreach (var criterion in criteria)
        {
            input.TryGetValue(criterion.Id, out var given);
            if (given.Value is { } value && !criterion.Scale.Contains(value))
                throw new EvaluationRuleException("A score is outside the criterion's scale.");
            if (given.Value is null) missing.Add(criterion);
            scores.Add(new CriterionScore { CriterionId = criterion.Id, Value = given.Value, Comment = given.Comment?.Trim() ?? "" });
        }
        if (submit && missing.Count > 0) throw new EvaluationIncompleteException(missing);
        Scores = scores;
        Comment = comment.Trim();
        UpdatedAt = now;
        if (submit)
        {
            Status = AssignmentStatus.Submitted;
            SubmittedAt ??= now;
        }
        else if (Status == AssignmentStatus.Assigned)
        {
            Status = AssignmentStatus.Draft;
        }
    }

    public CriterionScore? ScoreOf(int criterionId) => Scores.FirstOrDefault(s => s.CriterionId == criterionId);
}

/// <summary>One criterion's score and the comment on it.</summary>
public sealed class CriterionScore
{
    public int CriterionId { get; set; }
    public int? Value { get; set; }
    public string Comment { get; set; } = "";
}

public readonly record struct ScoreInput(int? Value, string? Comment);

public sealed class EvaluationIncompleteException(IReadOnlyList<RoundCriterion> missing)
    : InvalidOperationException("Score every criterion before submitting.")
{
    public IReadOnlyList<RoundCriterion> Missing { get; } = missing;
}
