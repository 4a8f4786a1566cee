using Juurru.Features.Shared;
namespace Juurru.Features.Evaluation;

/// <summary>The two phases of the field's evaluation: a peer workshop first, then invited experts.</summary>
public enum EvaluationPhase
{
    Peer,
    Expert,
}

/// <summary>
/// A criterion of a network's criteria set for one phase (e.g. "clarity of the description", scored 1–5).
/// Rounds copy the criteria when they start (<see cref="RoundCriterion"/>), so later edits never change a form
/// that evaluators have already filled in.
/// </summary>
public sealed class Criterion
{
    public int Id { get; set; }
    public int NetworkId { get; set; }
    public EvaluationPhase Phase { get; set; }
    public int SortOrder { get; set; }
    public LocalizedText Name { get; set; } = new();
    public LocalizedText Description { get; set; } = new();
    public CriterionScale Scale { get; set; } = new();
}

/// <summary>A whole-number scale with labelled ends, e.g. 1 "not at all" … 5 "fully".</summary>
public sealed class CriterionScale
{
    public const int Lowest = 0;
    public const int Highest = 10;

    public int Min { get; set; } = 1;
    public int Max { get; set; } = 5;
    public LocalizedText MinLabel { get; set; } = new();
    public LocalizedText MaxLabel { get; set; } = new();

    public IEnumerable<int> Values => Enumerable.Range(Min, Max - Min + 1);
    public bool Contains(int value) => value >= Min && value <= Max;

    public CriterionScale Copy() => new() { Min = Min, Max = Max, MinLabel = MinLabel.Copy(), MaxLabel = MaxLabel.Copy() };
}
