using Juurru.Features.Surveys.Answering;

namespace Juurru.Features.Surveys.Reports;

/// <summary>
/// Counts responses one at a time into per-question tallies, so a report of any size needs one pass and keeps no
/// response in memory (only numbers and open answers are kept, for medians and the text list).
/// </summary>
public sealed class ReportTally
{
    private readonly SurveyDefinition _definition;
    private readonly SurveyRun _run;
    private readonly Dictionary<string, QuestionTally> _questions;

    public ReportTally(SurveyDefinition definition)
    {
        _definition = definition;
        _run = new SurveyRun(definition);
        _questions = definition.Questions.ToDictionary(q => q.Key, q => new QuestionTally(q));
    }

    public int Responses { get; private set; }

    public void Add(Answers answers)
    {
        Responses++;
        foreach (var section in _run.VisibleSections(answers))
        {
            foreach (var q in _run.VisibleQuestions(section, answers)) _questions[q.Key].Add(answers);
        }
    }

    public ReportFigures Figures(int surveyId, string culture) => new(surveyId, _definition.Title.In(culture), Responses,
        _definition.Sections.Select(s => new SectionFigures(s.Key, s.Title.In(culture), s.Questions.Select(q => _questions[q.Key].Figures(culture)).ToList())).ToList());

    /// <summary>One question: how many saw and answered it, and a count per value (per statement for a matrix).</summary>
    private sealed class QuestionTally(QuestionDefinition q)
    {
        private int _seen;
        private int _answered;
        private readonly Dictionary<string, Dictionary<string, int>> _counts = new(StringComparer.Ordinal);
        private readonly List<double> _numbers = [];
        private readonly List<string> _texts = [];

        public void Add(Answers answers)
        {
            _seen++;
            if (!answers.Has(q.Key)) return;
            _answered++;
            switch (q.Type)
            {
                case QuestionType.Matrix:
                    foreach (var s in q.Statements)
                    {
                        if (answers.Single($"{q.Key}.{s.Value}") is { } v) Count(s.Value, v);
                    }
                    break;
                case QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Likert or QuestionType.Recommendation:
                    foreach (var v in answers.Get(q.Key)) Count(q.Key, v);
                    break;
                case QuestionType.Number:
                    _numbers.Add(double.Parse(answers.Single(q.Key)!, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    _texts.Add(answers.Single(q.Key) ?? "");
                    break;
            }
        }

        private void Count(string row, string value)
        {
            if (!_counts.TryGetValue(row, out var counts)) _counts[row] = counts = new(StringComparer.Ordinal);
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }

        private IReadOnlyDictionary<string, int> CountsOf(string row) => _counts.TryGetValue(row, out var c) ? c : new Dictionary<string, int>();

        public QuestionFigures Figures(string culture)
        {
            var text = q.Text.In(culture);
            switch (q.Type)
            {
                case QuestionType.SingleChoice:
                case QuestionType.MultipleChoice:
                    var basis = q.Type == QuestionType.MultipleChoice ? _seen : _answered;
                    var counts = CountsOf(q.Key);
                    var choices = q.Options.Select(o =>
                    {
                        var count = counts.GetValueOrDefault(o.Value);
                        return new ValueCount(o.Value, o.Text.In(culture), count, basis);
                    }).ToList();
                    return new QuestionFigures(q.Key, q.Type, text, _seen, _answered, Choices: choices);
                case QuestionType.Likert:
                    return new QuestionFigures(q.Key, q.Type, text, _seen, _answered, Scales: [Scale(q.Key, text, CountsOf(q.Key), culture)]);
                case QuestionType.Matrix:
                    var rows = q.Statements.Select(s => Scale($"{q.Key}.{s.Value}", s.Text.In(culture), CountsOf(s.Value), culture)).ToList();
                    return new QuestionFigures(q.Key, q.Type, text, _seen, _answered, Scales: rows);
                case QuestionType.Recommendation:
                    var given = CountsOf(q.Key);
                    int Sum(Func<int, bool> which) => given.Where(c => int.TryParse(c.Key, out var v) && which(v)).Sum(c => c.Value);
                    var promoters = Sum(v => v >= 9);
                    var detractors = Sum(v => v <= 6);
                    var valid = Sum(_ => true);
                    var nps = new NpsFigures(promoters, valid - promoters - detractors, detractors,
                        Shared.Percent.OneDecimal(promoters - detractors, valid));
                    return new QuestionFigures(q.Key, q.Type, text, _seen, _answered, Scales: [Scale(q.Key, text, given, culture)], Nps: nps);
                case QuestionType.Number:
                    var numbers = _numbers.Order().ToList();
                    return new QuestionFigures(q.Key, q.Type, text, _seen, _answered, Numbers: numbers.Count == 0 ? null
                        : new NumberFigures(Math.Round(numbers.Average(), 2), Quantile(numbers, 0.5), Quantile(numbers, 0.25), Quantile(numbers, 0.75), numbers[0], numbers[^1]));
                default:
                    return new QuestionFigures(q.Key, q.Type, text, _seen, _answered, Texts: _texts.ToList());
            }
        }

        /// <summary>A scale's distribution from its counts: "Don't know" counted in n and shown, never in the mean.</summary>
        private ScaleFigures Scale(string key, string label, IReadOnlyDictionary<string, int> given, string culture)
        {
            var scale = q.EffectiveScale;
            var n = given.Values.Sum();
            var numeric = scale.Values.Select(v => (Value: v, Count: given.GetValueOrDefault(v.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();
            var values = numeric.Select(x =>
            {
                var v = x.Value;
                var valueLabel = v == scale.Min ? $"{v} {scale.MinLabel.In(culture)}".Trim() : v == scale.Max ? $"{v} {scale.MaxLabel.In(culture)}".Trim() : v.ToString();
                return new ValueCount(v.ToString(), valueLabel, x.Count, n);
            }).ToList();
            var dk = given.GetValueOrDefault(Surveys.Scale.DontKnowValue);
            ValueCount? dontKnow = scale.DontKnow ? new ValueCount(Surveys.Scale.DontKnowValue, scale.DontKnowLabel.In(culture), dk, n) : null;
            var validCount = numeric.Sum(x => x.Count);
            var average = validCount == 0 ? 0 : numeric.Sum(x => (double)x.Value * x.Count) / validCount;
            double? mean = validCount == 0 ? null : Math.Round(average, 2);
            double? sd = validCount < 2 ? null : Math.Round(Math.Sqrt(numeric.Sum(x => x.Count * (x.Value - average) * (x.Value - average)) / (validCount - 1)), 2);
            return new ScaleFigures(key, label, n, values, dontKnow, validCount, mean, sd);
        }
    }

    /// <summary>Linear interpolation between the closest ranks (the common "type 7" definition).</summary>
    private static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var position = (sorted.Count - 1) * p;
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return Math.Round(sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower), 2);
    }
}
