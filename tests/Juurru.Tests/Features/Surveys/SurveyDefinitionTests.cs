using Juurru.Features.Surveys.Answering;
using Juurru.Features.Surveys;

namespace Juurru.Tests.Features.Surveys;

/// <summary>Reading and checking survey definitions, and what a respondent is shown and may answer.</summary>
public sealed class SurveyDefinitionTests
{
    private static SurveyDefinition Sample() => SurveyFormat.Parse(SampleSurveys.NetworkSurvey).Definition!;

    private static IReadOnlyList<string> Errors(string json) => SurveyFormat.Parse(json).Errors.Select(e => string.Format(e.Message, e.Args)).ToList();

    [Fact]
    public void A_valid_definition_round_trips_through_its_json()
    {
        var (definition, errors) = SurveyFormat.Parse(SampleSurveys.NetworkSurvey);
        Assert.Empty(errors);
        Assert.Equal(4, definition!.Sections.Count);
        var again = SurveyFormat.Parse(SurveyFormat.ToJson(definition));
        Assert.Empty(again.Errors);
        Assert.Equal(SurveyFormat.ToJson(definition), SurveyFormat.ToJson(again.Definition!));
    }

    [Fact]
    public void Broken_json_and_unknown_fields_are_refused_with_a_position()
    {
        Assert.Contains("JSON (1:", Assert.Single(Errors("{ \"sections\": [ ")));
        Assert.Single(Errors("{ \"title\": { \"fi\": \"x\" }, \"colour\": \"red\", \"sections\": [] }"));
    }

    [Theory]
    [InlineData("\"key\": \"staff\"", "\"key\": null")]
    [InlineData("\"sections\": [", "\"sections\": [null, ")]
    [InlineData("\"title\": { \"fi\": \"Verkostokysely 2025\", \"sv\": \"Nätverksenkät 2025\", \"en\": \"\" }", "\"title\": null")]
    public void Nulls_where_the_definition_has_no_place_for_them_are_refused(string find, string replace)
    {
        var json = SampleSurveys.NetworkSurvey.Replace(find, replace);
        Assert.NotEqual(SampleSurveys.NetworkSurvey, json);
        Assert.Contains(Errors(json), e => e.StartsWith("The file is not a survey definition in JSON"));
    }

    [Fact]
    public void A_question_type_given_as_a_number_is_refused()
    {
        var json = SampleSurveys.NetworkSurvey.Replace("\"type\": \"SingleChoice\"", "\"type\": 99");
        Assert.NotEqual(SampleSurveys.NetworkSurvey, json);
        Assert.NotEmpty(Errors(json));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var json = SampleSurveys.NetworkSurvey
            .Replace("\"key\": \"staff\"", "\"key\": \"role\"")                       // a key used twice
            .Replace("\"values\": [\"A\"]", "\"values\": [\"Z\"]")                     // a value the question does not have
            .Replace("\"maxPicks\": 2", "\"maxPicks\": 5");                            // more picks than choices
        var errors = Errors(json);
        Assert.Contains("The key \"role\" is used twice.", errors);
        Assert.Contains("The condition of themeA names a value that themes does not have.", errors);
        Assert.Contains(errors, e => e.StartsWith("The question themes: the numbers of picks"));
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void A_condition_may_only_look_back()
    {
        var json = SampleSurveys.NetworkSurvey.Replace("\"question\": \"themes\"", "\"question\": \"feedback\"");
        Assert.Contains("The condition of themeA refers to feedback, which is not an earlier question.", Errors(json));
    }

    [Fact]
    public void A_theme_block_shows_only_to_those_in_the_theme_and_hidden_answers_are_forgotten()
    {
        var run = new SurveyRun(Sample());
        var answers = new Answers();
        answers.Set("themes", ["B"]);
        Assert.DoesNotContain(run.VisibleSections(answers), s => s.Key == "themeA");
        answers.Set("themes", ["A", "B"]);
        answers.Set("a1.voice", ["4"]);
        Assert.Contains(run.VisibleSections(answers), s => s.Key == "themeA");
        answers.Set("themes", ["C"]);
        run.Prune(answers);
        Assert.False(answers.Has("a1"));
        Assert.Equal(["C"], answers.Get("themes"));
    }

    [Fact]
    public void Posted_values_are_read_strictly_and_required_questions_checked()
    {
        var run = new SurveyRun(Sample());
        var d = run.Definition;
        var answers = new Answers();
        var posted = new Dictionary<string, string[]>
        {
            ["a.overall"] = ["dk"], ["a.staff"] = ["1 250,5"],
        };
        Assert.Empty(run.Read(d.Sections[1], f => posted.GetValueOrDefault(f, []), answers));
        Assert.Equal(["dk"], answers.Get("overall"));
        Assert.Equal(["1250.5"], answers.Get("staff"));

        var bad = new Dictionary<string, string[]> { ["a.overall"] = ["6"], ["a.staff"] = ["paljon"] };
        var errors = run.Read(d.Sections[1], f => bad.GetValueOrDefault(f, []), answers);
        Assert.Equal(["a.overall", "a.staff"], errors.Select(e => e.Field));
        Assert.Equal(["This question needs an answer."], run.Check(d.Sections[1], answers).Select(e => e.Message));

        var tooMany = new Dictionary<string, string[]> { ["a.role"] = ["lead"], ["a.themes"] = ["A", "B", "C"] };
        Assert.Empty(run.Read(d.Sections[0], f => tooMany.GetValueOrDefault(f, []), answers));
        Assert.Equal(["Choose at most {0}."], run.Check(d.Sections[0], answers).Select(e => e.Message));
        var forged = new Dictionary<string, string[]> { ["a.role"] = ["boss"] };
        Assert.Equal(["Choose one of the choices."], run.Read(d.Sections[0], f => forged.GetValueOrDefault(f, []), answers).Select(e => e.Message));
    }

    [Fact]
    public void Progress_counts_a_hidden_block_until_the_question_it_depends_on_is_passed()
    {
        var run = new SurveyRun(Sample());
        var d = run.Definition;
        var answers = new Answers();
        Assert.Equal(4, run.ExpectedSectionCount(d.Sections[0], answers)); // "themes" not yet answered: the theme block may come
        answers.Set("themes", ["B"]);
        Assert.Equal(4, run.ExpectedSectionCount(d.Sections[0], answers)); // still on the page: the answer may change
        Assert.Equal(3, run.ExpectedSectionCount(d.Sections[1], answers));
        answers.Set("themes", ["A"]);
        Assert.Equal(4, run.ExpectedSectionCount(d.Sections[1], answers));
    }

    [Fact]
    public void A_field_is_described_by_its_question_and_matrix_statement()
    {
        var run = new SurveyRun(Sample());
        Assert.Equal("Roolisi hankkeessa", run.Describe("a.role", "fi"));
        Assert.Equal("Din roll", run.Describe("a.role", "sv"));
        Assert.Equal("Miten osallisuus vahvistui? – Opiskelijoiden ääni kuuluu", run.Describe("a.a1.voice", "fi"));
        Assert.Equal("", run.Describe("a.nosuch", "fi"));
    }
}
