using Juurru.Features.Rooting.FollowUps;
using Juurru.Features.Surveys.Answering;
using Juurru.Features.Surveys;

namespace Juurru.Tests.Features.Rooting;

/// <summary>The date rules of follow-ups and the survey they become, without a database.</summary>
public sealed class FollowUpRulesTests
{
    private static readonly DateOnly End = new(2025, 6, 30);

    [Fact]
    public void A_project_gets_its_follow_ups_only_once_it_has_ended()
    {
        Assert.Empty(FollowUpSchedule.For(End, [12, 24], End));
        Assert.Empty(FollowUpSchedule.For(null, [12, 24], End.AddYears(3)));
        Assert.Equal([(12, new DateOnly(2026, 6, 30)), (24, new DateOnly(2027, 6, 30))], FollowUpSchedule.For(End, [24, 12, 12], End.AddDays(1)));
    }

    [Fact]
    public void A_due_follow_up_sends_itself_within_the_window_and_waits_for_a_coordinator_after_it()
    {
        var due = new DateOnly(2026, 6, 30);
        Assert.False(FollowUpSchedule.SendsItself(due, due.AddDays(-1), 90));
        Assert.True(FollowUpSchedule.SendsItself(due, due, 90));
        Assert.True(FollowUpSchedule.SendsItself(due, due.AddDays(90), 90));
        Assert.False(FollowUpSchedule.SendsItself(due, due.AddDays(91), 90));
    }

    [Theory]
    [InlineData("12, 24", new[] { 12, 24 })]
    [InlineData("24;12 12", new[] { 12, 24 })]
    [InlineData("6", new[] { 6 })]
    public void Months_are_read_from_what_a_coordinator_types(string text, int[] months)
    {
        var (read, problem) = FollowUpSchedule.ParseMonths(text);
        Assert.Null(problem);
        Assert.Equal(months, read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12, kaksi")]
    [InlineData("0")]
    [InlineData("121")]
    public void Other_months_are_refused(string text) => Assert.NotNull(FollowUpSchedule.ParseMonths(text).Problem);

    [Theory]
    [InlineData(FollowUpState.Scheduled, 1, false, 0, FollowUpPhase.Upcoming)]
    [InlineData(FollowUpState.Scheduled, 0, false, 0, FollowUpPhase.NotSent)]
    [InlineData(FollowUpState.Sent, -3, false, 0, FollowUpPhase.Waiting)]
    [InlineData(FollowUpState.Sent, -40, true, 0, FollowUpPhase.Unanswered)]
    [InlineData(FollowUpState.Sent, -40, true, 2, FollowUpPhase.Answered)]
    [InlineData(FollowUpState.NothingToAsk, -40, true, 0, FollowUpPhase.NothingToAsk)]
    public void The_phase_follows_from_the_state_the_day_and_the_answers(FollowUpState state, int dueInDays, bool closed, int answers, FollowUpPhase phase)
    {
        var today = new DateOnly(2026, 8, 1);
        Assert.Equal(phase, FollowUp.PhaseOf(state, today.AddDays(dueInDays), today, closed, answers));
    }

    [Fact]
    public void Overdue_is_due_and_not_sent_or_closed_without_answers()
    {
        Assert.Equal([FollowUpPhase.NotSent, FollowUpPhase.Unanswered], Enum.GetValues<FollowUpPhase>().Where(FollowUp.IsOverdue));
    }

    [Fact]
    public void The_follow_up_survey_is_a_valid_survey_of_every_practice_in_three_languages()
    {
        var definition = FollowUpSurvey.Build("Polku ammattiin", 12, [new(7, "Hakijan palvelupiste"), new(9, "Tutustumisjakso")]);

        Assert.Empty(SurveyFormat.Validate(definition));
        Assert.Equal(["fi", "sv", "en"], definition.Languages);
        Assert.Equal([7, 9], FollowUpSurvey.PracticeIds(definition));
        Assert.Contains("12", definition.Title.Sv);
        Assert.Equal(QuestionType.File, definition.Question(FollowUpSurvey.File(7))!.Type);
        // Those who stopped are asked why; those who still use it, where it has taken root.
        var run = new SurveyRun(definition);
        var answers = new Answers();
        answers.Set(FollowUpSurvey.Use(7), ["yes"]);
        answers.Set(FollowUpSurvey.Use(9), ["no"]);
        Assert.Equal(["status", "p7-use", "p9-stop"], run.VisibleSections(answers).Select(s => s.Key));
    }
}
