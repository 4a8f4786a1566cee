namespace Juurru.Features.Surveys;

/// <summary>A count of one value: how many, and the share of the question's base in percent.</summary>
public sealed record ValueCount(string Value, string Label, int Count, double Percent);

/// <summary>A scale's answers (a Likert question, or one statement of a matrix): "Don't know" counted and shown, never in the mean.</summary>
public sealed record ScaleFigures(string Key, string Label, int N, IReadOnlyList<ValueCount> Values, ValueCount? DontKnow,
    int Valid, double? Mean, double? StandardDeviation);

/// <summary>Net Promoter Score: promoters 9–10, passives 7–8, detractors 0–6; NPS = % promoters − % detractors.</summary>
public sealed record NpsFigures(int Promoters, int Passives, int Detractors, double Score);

public sealed record NumberFigures(double Mean, double Median, double LowerQuartile, double UpperQuartile, double Min, double Max);

/// <summary>
/// One question's figures. <see cref="Seen"/> is how many respondents were shown it (conditions decide), <see cref="N"/>
/// how many answered. Single-choice shares are of those who answered; multiple-choice shares of those who saw the
/// question (so they may sum over 100 %), never of the selections.
/// </summary>
public sealed record QuestionFigures(string Key, QuestionType Type, string Text, int Seen, int N,
    IReadOnlyList<ValueCount>? Choices = null, IReadOnlyList<ScaleFigures>? Scales = null, NpsFigures? Nps = null,
    NumberFigures? Numbers = null, IReadOnlyList<string>? Texts = null);

public sealed record SectionFigures(string Key, string Title, IReadOnlyList<QuestionFigures> Questions);

/// <summary>
/// A report, possibly of a filtered group (<see cref="Filter"/>, e.g. "role:lead"). A filtered group smaller than
/// <see cref="SurveyReport.SmallestGroup"/> is <see cref="Suppressed"/>: its figures are not shown, so no one is recognised.
/// </summary>
public sealed record ReportFigures(int SurveyId, string Title, int Responses, IReadOnlyList<SectionFigures> Sections,
    string? Filter = null, bool Suppressed = false);

/// <summary>Computes a survey's report from its submitted answers, in one pass over the responses.</summary>
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
        var run = new SurveyRun(definition);
        var questions = definition.Questions.ToList();
        var seen = questions.ToDictionary(q => q.Key, _ => 0);
        var answered = questions.ToDictionary(q => q.Key, _ => new List<Answers>());
        var total = 0;
        foreach (var answers in responses)
        {
            total++;
            foreach (var section in run.VisibleSections(answers))
            {
                foreach (var q in run.VisibleQuestions(section, answers))
                {
                    seen[q.Key]++;
                    if (answers.Has(q.Key)) answered[q.Key].Add(answers);
                }
            }
        }
        var sections = definition.Sections.Select(s => new SectionFigures(s.Key, s.Title.In(culture),
            s.Questions.Select(q => Figures(q, seen[q.Key], answered[q.Key], culture)).ToList())).ToList();
        return new ReportFigures(surveyId, definition.Title.In(culture), total, sections);
    }

    private static QuestionFigures Figures(QuestionDefinition q, int seen, List<Answers> answered, string culture)
    {
        var text = q.Text.In(culture);
        var n = answered.Count;
        switch (q.Type)
        {
            case QuestionType.SingleChoice:
            case QuestionType.MultipleChoice:
                var basis = q.Type == QuestionType.MultipleChoice ? seen : n;
                var choices = q.Options.Select(o =>
                {
                    var count = answered.Count(a => a.Get(q.Key).Contains(o.Value));
                    return new ValueCount(o.Value, o.Text.In(culture), count, Percent(count, basis));
                }).ToList();
                return new QuestionFigures(q.Key, q.Type, text, seen, n, Choices: choices);
            case QuestionType.Likert:
                return new QuestionFigures(q.Key, q.Type, text, seen, n, Scales: [Scale(q.Key, text, q.EffectiveScale, answered.Select(a => a.Single(q.Key)), culture)]);
            case QuestionType.Matrix:
                var rows = q.Statements.Select(s => Scale($"{q.Key}.{s.Value}", s.Text.In(culture), q.EffectiveScale,
                    answered.Select(a => a.Single($"{q.Key}.{s.Value}")), culture)).ToList();
                return new QuestionFigures(q.Key, q.Type, text, seen, n, Scales: rows);
            case QuestionType.Recommendation:
                var scale = Scale(q.Key, text, q.EffectiveScale, answered.Select(a => a.Single(q.Key)), culture);
                var values = answered.Select(a => a.Single(q.Key)).Select(v => int.TryParse(v, out var x) ? x : (int?)null).OfType<int>().ToList();
                var promoters = values.Count(v => v >= 9);
                var detractors = values.Count(v => v <= 6);
                var nps = new NpsFigures(promoters, values.Count - promoters - detractors, detractors,
                    values.Count == 0 ? 0 : Math.Round(100.0 * (promoters - detractors) / values.Count, 1));
                return new QuestionFigures(q.Key, q.Type, text, seen, n, Scales: [scale], Nps: nps);
            case QuestionType.Number:
                var numbers = answered.Select(a => double.Parse(a.Single(q.Key)!, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
                return new QuestionFigures(q.Key, q.Type, text, seen, n, Numbers: numbers.Count == 0 ? null
                    : new NumberFigures(Math.Round(numbers.Average(), 2), Quantile(numbers, 0.5), Quantile(numbers, 0.25), Quantile(numbers, 0.75), numbers[0], numbers[^1]));
            default:
                return new QuestionFigures(q.Key, q.Type, text, seen, n, Texts: answered.Select(a => a.Single(q.Key) ?? "").ToList());
        }
    }

    private static ScaleFigures Scale(string key, string label, Scale scale, IEnumerable<string?> given, string culture)
    {
        var list = given.Where(v => v is not null).Select(v => v!).ToList();
        var numeric = list.Select(v => int.TryParse(v, out var x) ? x : (int?)null).OfType<int>().ToList();
        var values = scale.Values.Select(v =>
        {
            var label = v == scale.Min ? $"{v} {scale.MinLabel.In(culture)}".Trim() : v == scale.Max ? $"{v} {scale.MaxLabel.In(culture)}".Trim() : v.ToString();
            var count = numeric.Count(x => x == v);
            return new ValueCount(v.ToString(), label, count, Percent(count, list.Count));
        }).ToList();
        var dk = list.Count(v => v == Surveys.Scale.DontKnowValue);
        ValueCount? dontKnow = scale.DontKnow ? new ValueCount(Surveys.Scale.DontKnowValue, scale.DontKnowLabel.In(culture), dk, Percent(dk, list.Count)) : null;
        double? mean = numeric.Count == 0 ? null : Math.Round(numeric.Average(), 2);
        double? sd = numeric.Count < 2 ? null : Math.Round(Math.Sqrt(numeric.Sum(x => (x - numeric.Average()) * (x - numeric.Average())) / (numeric.Count - 1)), 2);
        return new ScaleFigures(key, label, list.Count, values, dontKnow, numeric.Count, mean, sd);
    }

    private static double Percent(int count, int basis) => basis == 0 ? 0 : Math.Round(100.0 * count / basis, 1);

    /// <summary>Linear interpolation between the closest ranks (the common "type 7" definition).</summary>
    private static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var position = (sorted.Count - 1) * p;
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return Math.Round(sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower), 2);
    }
}

/// <summary>What the chart partials draw: an element id prefix, a caption, and the figures.</summary>
public sealed record ScaleChart(string Id, string Caption, IReadOnlyList<ScaleFigures> Rows);

public sealed record ChoiceChart(string Id, string Caption, IReadOnlyList<ValueCount> Values);

public sealed record ReportBody(ReportFigures Figures, bool Public);
