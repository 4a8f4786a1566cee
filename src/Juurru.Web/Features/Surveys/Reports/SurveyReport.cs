namespace Juurru.Features.Surveys.Reports;

/// <summary>Computes a survey's report from its submitted answers.</summary>
public static class SurveyReport
{
    public const int SmallestGroup = 5;

    /// <summary>Keeps the responses whose answer to a choice question includes the value ("question:value"); null when the filter names no such choice.</summary>
    public static Func<Answers, bool>? FilterFor(SurveyDefinition definition, string? filter)
    {
        if (string.IsNullOrEmpty(filter) || filter.Split(':', 2) is not [var key, var value]) return null;
        var q = definition.Question(key);
        if (q is null || q.Options.All(o => o.Value != value)) return null;
        return a => a.Get(key).Contains(value);
    }

    public static ReportFigures Compute(int surveyId, SurveyDefinition definition, IEnumerable<Answers> responses, string culture)
    {
        var tally = new ReportTally(definition);
        foreach (var answers in responses) tally.Add(answers);
        return tally.Figures(surveyId, culture);
    }
}
