using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Juurru.Features.Evaluation;

/// <summary>The scoring fields as posted (Scores[criterionId], Comments[criterionId]) and as shown again.</summary>
public sealed class ScoreForm
{
    public Dictionary<int, int?> Scores { get; set; } = [];
    public Dictionary<int, string?> Comments { get; set; } = [];
    public string? Comment { get; set; }

    public IReadOnlyDictionary<int, ScoreInput> Inputs =>
        Scores.Keys.Union(Comments.Keys).ToDictionary(id => id, id => new ScoreInput(Scores.GetValueOrDefault(id), Comments.GetValueOrDefault(id)));

    public static ScoreForm Of(Assignment a) => new()
    {
        Scores = a.Scores.ToDictionary(s => s.CriterionId, s => s.Value),
        Comments = a.Scores.ToDictionary(s => s.CriterionId, s => (string?)s.Comment),
        Comment = a.Comment,
    };

    /// <summary>One error per unscored criterion, each linked to the criterion's first choice.</summary>
    public static void AddMissing(ModelStateDictionary state, EvaluationIncompleteException e, Func<RoundCriterion, string> message)
    {
        foreach (var c in e.Missing) state.AddModelError($"Form.Scores[{c.Id}]", message(c));
    }
}

/// <summary>What the _ScoreFields partial shows: a phase's criteria with the values given so far.</summary>
public sealed record ScoreFieldsView(IReadOnlyList<RoundCriterion> Criteria, ScoreForm Form, bool Compact = false);
