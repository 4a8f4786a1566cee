namespace Juurru.Features.Surveys.Reports;

/// <summary>One measure answered by the same people before and after: pairs, the two means and the mean change (after − before).</summary>
public sealed record PairedRow(string Key, string Label, int Pairs, double? MeanBefore, double? MeanAfter, double? MeanChange, bool Suppressed);

/// <summary>
/// Pre/post pairing: respondents with the same respondent code in both surveys; for every scale (a Likert question, a
/// matrix statement, a recommendation) and number that both surveys ask with the same key and type, the means of the
/// pairs and their change. "Don't know" and missing answers drop the pair from that measure only. Measures with fewer
/// than <see cref="SurveyReport.SmallestGroup"/> pairs are suppressed.
/// </summary>
public static class PairedChange
{
    public static (int Pairs, IReadOnlyList<PairedRow> Rows) Compute(SurveyDefinition before, SurveyDefinition after,
        IReadOnlyDictionary<string, Answers> beforeByCode, IReadOnlyDictionary<string, Answers> afterByCode, string culture)
    {
        var codes = afterByCode.Keys.Where(beforeByCode.ContainsKey).ToList();
        var rows = new List<PairedRow>();
        foreach (var q in after.Questions)
        {
            var earlier = before.Question(q.Key);
            if (earlier is null || earlier.Type != q.Type) continue;
            var measures = q.Type switch
            {
                QuestionType.Likert or QuestionType.Recommendation or QuestionType.Number => [(q.Key, q.Text.In(culture))],
                QuestionType.Matrix => q.Statements.Where(s => earlier.Statements.Any(e => e.Value == s.Value))
                    .Select(s => ($"{q.Key}.{s.Value}", $"{q.Text.In(culture)}: {s.Text.In(culture)}")).ToList(),
                _ => new List<(string, string)>(),
            };
            foreach (var (key, label) in measures)
            {
                var pairs = codes.Select(c => (Before: Number(beforeByCode[c].Single(key)), After: Number(afterByCode[c].Single(key))))
                    .Where(p => p.Before is not null && p.After is not null).Select(p => (Before: p.Before!.Value, After: p.After!.Value)).ToList();
                rows.Add(pairs.Count < SurveyReport.SmallestGroup
                    ? new PairedRow(key, label, pairs.Count, null, null, null, Suppressed: true)
                    : new PairedRow(key, label, pairs.Count, Math.Round(pairs.Average(p => p.Before), 2), Math.Round(pairs.Average(p => p.After), 2),
                        Math.Round(pairs.Average(p => p.After - p.Before), 2), Suppressed: false));
            }
        }
        return (codes.Count, rows);
    }

    private static double? Number(string? value) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var x) ? x : null;
}
