using Juurru.Features.Shared;
using Juurru.Features.Evaluation;
using Juurru.Features.Practices;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.Evaluation;

/// <summary>The rules of forms, aggregation and decisions, without a database.</summary>
public sealed class EvaluationRulesTests
{
    private static EvaluationRound Round()
    {
        var criteria = DefaultCriteria.For(1);
        var round = EvaluationRound.Start(1, "Kierros", new DateOnly(2027, 3, 1), "", criteria, [10, 11], DateTime.UtcNow);
        var id = 1;
        foreach (var c in round.Criteria) c.Id = id++;
        return round;
    }

    [Fact]
    public void A_round_needs_practices()
    {
        var e = Assert.Throws<EvaluationRuleException>(() => EvaluationRound.Start(1, "Tyhjä", new DateOnly(2027, 3, 1), "", DefaultCriteria.For(1), [], DateTime.UtcNow));
        Assert.Equal("Choose at least one practice.", e.Message);
    }

    [Fact]
    public void A_round_copies_the_criteria_so_later_edits_do_not_change_it()
    {
        var criteria = DefaultCriteria.For(1);
        var round = EvaluationRound.Start(1, "Kierros", new DateOnly(2027, 3, 1), "", criteria, [10], DateTime.UtcNow);
        criteria[0].Name.Fi = "Muutettu";
        criteria[0].Scale.Max = 10;
        Assert.Equal("Kuvauksen selkeys", round.Criteria[0].Name.Fi);
        Assert.Equal(5, round.Criteria[0].Scale.Max);
        Assert.Equal(5, round.CriteriaOf(EvaluationPhase.Peer).Count());
        Assert.Equal(4, round.CriteriaOf(EvaluationPhase.Expert).Count());
    }

    [Fact]
    public void A_draft_may_be_incomplete_but_a_submission_may_not()
    {
        var round = Round();
        var a = new Assignment { PracticeId = 10, Phase = EvaluationPhase.Peer, EvaluatorId = "u", Round = round };
        var criteria = round.CriteriaOf(EvaluationPhase.Peer).ToList();
        a.Record(criteria, new Dictionary<int, ScoreInput> { [criteria[0].Id] = new(3, " hyvä ") }, "", submit: false, DateTime.UtcNow);
        Assert.Equal(AssignmentStatus.Draft, a.Status);
        Assert.Equal("hyvä", a.ScoreOf(criteria[0].Id)!.Comment);

        var e = Assert.Throws<EvaluationIncompleteException>(() => a.Record(criteria, new Dictionary<int, ScoreInput> { [criteria[0].Id] = new(3, null) }, "", submit: true, DateTime.UtcNow));
        Assert.Equal(criteria.Skip(1).Select(c => c.Id), e.Missing.Select(c => c.Id));
        Assert.Equal(AssignmentStatus.Draft, a.Status);
        Assert.Equal("hyvä", a.ScoreOf(criteria[0].Id)!.Comment); // a refused submission changes nothing

        Assert.Throws<EvaluationRuleException>(() => a.Record(criteria, criteria.ToDictionary(c => c.Id, _ => new ScoreInput(6, null)), "", submit: true, DateTime.UtcNow));

        a.Record(criteria, criteria.ToDictionary(c => c.Id, _ => new ScoreInput(4, null)), "Kokonaisuutena hyvä.", submit: true, DateTime.UtcNow);
        Assert.Equal(AssignmentStatus.Submitted, a.Status);
        var locked = Assert.Throws<EvaluationRuleException>(() => a.Record(criteria, criteria.ToDictionary(c => c.Id, _ => new ScoreInput(1, null)), "", submit: true, DateTime.UtcNow));
        Assert.Equal("The evaluation has already been submitted.", locked.Message);
    }

    [Fact]
    public void A_workshop_group_record_can_be_corrected_until_the_round_closes()
    {
        var round = Round();
        var criteria = round.CriteriaOf(EvaluationPhase.Peer).ToList();
        var group = new Assignment { PracticeId = 10, Phase = EvaluationPhase.Peer, EvaluatorId = "f", GroupLabel = "Ryhmä 1", Round = round };
        group.Record(criteria, criteria.ToDictionary(c => c.Id, _ => new ScoreInput(2, null)), "", submit: true, DateTime.UtcNow);
        group.Record(criteria, criteria.ToDictionary(c => c.Id, _ => new ScoreInput(3, null)), "", submit: true, DateTime.UtcNow);
        Assert.Equal(3, group.ScoreOf(criteria[0].Id)!.Value);
        round.Practices.ForEach(p => p.Decide(EvaluationDecision.GoodPractice, "Perustelu", false, null, DateTime.UtcNow));
        round.Close(DateTime.UtcNow);
        Assert.Throws<EvaluationRuleException>(() => group.Record(criteria, criteria.ToDictionary(c => c.Id, _ => new ScoreInput(5, null)), "", submit: true, DateTime.UtcNow));
    }

    [Fact]
    public void Aggregation_counts_only_submitted_forms_and_gives_mean_spread_and_distribution()
    {
        var round = Round();
        var criteria = round.CriteriaOf(EvaluationPhase.Peer).ToList();
        void Form(int score, bool submit, string? group = null)
        {
            var a = new Assignment { PracticeId = 10, Phase = EvaluationPhase.Peer, EvaluatorId = "u", GroupLabel = group, Round = round };
            a.Record(criteria, criteria.ToDictionary(c => c.Id, _ => new ScoreInput(score, "k")), "yleinen", submit, DateTime.UtcNow);
            round.Assignments.Add(a);
        }
        Form(5, true);
        Form(3, true);
        Form(4, true, "Ryhmä 1");
        Form(1, false); // a draft does not count
        var peer = Aggregation.Summarize(round, 10, (a, n) => a.GroupLabel ?? $"#{n}").Single(p => p.Phase == EvaluationPhase.Peer);
        var first = peer.Criteria[0];
        Assert.Equal(3, peer.Forms);
        Assert.Equal(3, first.N);
        Assert.Equal(4.0, first.Mean);
        Assert.Equal(1.0, first.StandardDeviation!.Value, 6);
        Assert.Equal((3, 5), (first.Min!.Value, first.Max!.Value));
        Assert.Equal([0, 0, 1, 1, 1], first.Distribution.OrderBy(d => d.Key).Select(d => d.Value));
        Assert.Equal(["#1", "#2", "Ryhmä 1"], peer.Comments.Where(c => c.Criterion is null).Select(c => c.Source));
        var expert = Aggregation.Summarize(round, 10, (_, n) => "").Single(p => p.Phase == EvaluationPhase.Expert);
        Assert.Equal(0, expert.Forms);
        Assert.Null(expert.Criteria[0].Mean);
    }

    [Fact]
    public void A_single_score_has_no_spread()
    {
        var summary = Aggregation.Summarize(Round().Criteria[0], [4]);
        Assert.Equal(4.0, summary.Mean);
        Assert.Null(summary.StandardDeviation);
    }

    [Fact]
    public void Closing_needs_a_decision_with_a_statement_on_every_practice()
    {
        var round = Round();
        Assert.Throws<EvaluationRuleException>(() => round.Practices[0].Decide(EvaluationDecision.Model, "  ", true, null, DateTime.UtcNow));
        round.Practices[0].Decide(EvaluationDecision.Model, "Valmis.", true, null, DateTime.UtcNow);
        var e = Assert.Throws<EvaluationRuleException>(() => round.Close(DateTime.UtcNow));
        Assert.Equal("Give a decision on every practice before closing the round.", e.Message);
        round.Practices[1].Decide(EvaluationDecision.NeedsWork, "Kesken.", false, null, DateTime.UtcNow);
        round.Close(DateTime.UtcNow);
        Assert.Equal(RoundStatus.Closed, round.Status);
        Assert.Throws<EvaluationRuleException>(() => round.Practices[1].Decide(EvaluationDecision.Model, "Muutettu.", true, null, DateTime.UtcNow));
    }

    [Fact]
    public void A_decision_sets_the_kind_unless_other_practices_apply_the_model()
    {
        var model = TestData.Complete("Malli", PracticeKind.Model);
        var good = TestData.Complete("Sovellus");
        good.ApplyModel(model);

        var changes = good.RecordDecision(EvaluationDecision.Model, 1, DateTime.UtcNow, hasApplications: false);
        Assert.Equal(PracticeKind.Model, good.Kind);
        Assert.Null(good.Model); // a model applies no other model
        Assert.Equal([PracticeField.Kind, PracticeField.Model], changes.Select(c => c.Field));

        Assert.Empty(model.RecordDecision(EvaluationDecision.GoodPractice, 1, DateTime.UtcNow, hasApplications: true));
        Assert.Equal(PracticeKind.Model, model.Kind);
        Assert.Equal(EvaluationDecision.GoodPractice, model.Decision);

        var other = TestData.Complete("Kolmas", PracticeKind.Model);
        other.RecordDecision(EvaluationDecision.GoodPractice, 2, DateTime.UtcNow, hasApplications: false);
        Assert.Equal(PracticeKind.GoodPractice, other.Kind);
        other.RecordDecision(EvaluationDecision.NeedsWork, 3, DateTime.UtcNow, hasApplications: false);
        Assert.Equal(PracticeKind.GoodPractice, other.Kind);
        Assert.Equal(3, other.DecisionRoundId);
    }

    [Fact]
    public void Texts_fall_back_to_Finnish()
    {
        var text = LocalizedText.Of("Selkeys", "", "Clarity");
        Assert.Equal(("Selkeys", "Selkeys", "Clarity"), (text.In("fi"), text.In("sv"), text.In("en")));
    }
}
