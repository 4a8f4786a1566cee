using Juurru.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Surveys.Reports;

/// <summary>
/// A report's figures as a workbook: a first sheet naming the survey, n and the group shown, then one sheet per question
/// with counts and percentages (one decimal, half away from zero, the same figures as the report's tables). Open answers
/// are not in it, only their count and the quotes picked for the report.
/// </summary>
public static class FigureExport
{
    public static IReadOnlyList<TableSheet> Sheets(ReportFigures f, string? filterLabel, DateTime madeUtc, IStringLocalizer L)
    {
        List<TableSheet> sheets =
        [
            new(L["Report"], new List<IReadOnlyList<TableCell>>
            {
                new TableCell[] { L["Survey"].Value, f.Title },
                new TableCell[] { L["Responses"].Value, new(f.Responses.ToString(), true) },
                new TableCell[] { L["Respondents"].Value, filterLabel ?? L["All respondents"].Value },
                new TableCell[] { L["Made"].Value, TableCell.HelsinkiTime(madeUtc) },
            }),
        ];
        if (f.Suppressed) return sheets;
        var number = 0;
        foreach (var q in f.Sections.SelectMany(s => s.Questions))
            sheets.Add(new TableSheet($"{++number} {q.Text}", Rows(q, L).ToList()));
        return sheets;
    }

    private static IEnumerable<IReadOnlyList<TableCell>> Rows(QuestionFigures q, IStringLocalizer L)
    {
        yield return [q.Text];
        yield return [L["Answered (n)"].Value, Count(q.N)];
        yield return [L["Shown to"].Value, Count(q.Seen)];
        yield return [];
        if (q.Choices is { } choices)
        {
            yield return [L["Answer"].Value, L["Count"].Value, "%"];
            foreach (var c in choices) yield return [c.Label, Count(c.Count), TableCell.Number(c.Percent)];
        }
        if (q.Scales is { } scales)
        {
            var first = scales[0];
            var values = first.Values.Concat(first.DontKnow is { } dk ? [dk] : []).ToList();
            yield return [L["Statement"].Value, "n", .. values.Select(v => (TableCell)$"{v.Label} %"), L["Mean"].Value, L["Standard deviation"].Value];
            foreach (var s in scales)
                yield return [s.Label, Count(s.N), .. Shares(s).Select(v => TableCell.Number(v.Percent)), TableCell.Number(s.Mean), TableCell.Number(s.StandardDeviation)];
            yield return [];
            yield return [L["Statement"].Value, .. values.Select(v => (TableCell)$"{v.Label} (n)")];
            foreach (var s in scales) yield return [s.Label, .. Shares(s).Select(v => Count(v.Count))];
        }
        if (q.Nps is { } nps)
        {
            yield return [];
            yield return ["NPS", TableCell.Number(nps.Score)];
            yield return [L["Promoters (9–10)"].Value, Count(nps.Promoters)];
            yield return [L["Passives (7–8)"].Value, Count(nps.Passives)];
            yield return [L["Detractors (0–6)"].Value, Count(nps.Detractors)];
        }
        if (q.Numbers is { } n)
        {
            yield return [L["Mean"].Value, TableCell.Number(n.Mean)];
            yield return [L["Median"].Value, TableCell.Number(n.Median)];
            yield return [L["Lower quartile"].Value, TableCell.Number(n.LowerQuartile)];
            yield return [L["Upper quartile"].Value, TableCell.Number(n.UpperQuartile)];
            yield return [L["Smallest"].Value, TableCell.Number(n.Min)];
            yield return [L["Largest"].Value, TableCell.Number(n.Max)];
        }
        if (q.Quotes is { Count: > 0 } quotes)
        {
            yield return [];
            yield return [L["Quotes from the answers"].Value];
            foreach (var quote in quotes) yield return [quote];
        }
    }

    private static IEnumerable<ValueCount> Shares(ScaleFigures s) => s.Values.Concat(s.DontKnow is { } dk ? [dk] : []);

    private static TableCell Count(int count) => new(count.ToString(System.Globalization.CultureInfo.InvariantCulture), true);
}
