using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Juurru.Features.Surveys.Reports;

/// <summary>
/// Server-side SVG charts. They read without colour: shades run from light to dark in scale order, the percentages are
/// written into the bars, "Don't know" is hatched; each chart is followed by its data table in the page.
/// </summary>
public static class SurveyCharts
{
    private const int BarWidth = 600, RowHeight = 30;

    public static string Shade(int i, int steps) => $"hsl(145, 45%, {Lightness(i, steps)}%)";

    private static int Lightness(int i, int steps) => 88 - i * 62 / Math.Max(1, steps - 1);

    /// <summary>100 % stacked horizontal bars, one per statement, with n at the end and a legend below.</summary>
    public static HtmlString Stacked(string id, IReadOnlyList<ScaleFigures> rows, string dontKnowLabel, CultureInfo number)
    {
        var steps = rows[0].Values.Count;
        var height = rows.Count * RowHeight + 34;
        var svg = new StringBuilder();
        svg.Append($"<svg viewBox=\"0 0 {BarWidth + 70} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-caption\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.Append($"<defs><pattern id=\"{id}-dk\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                   + "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#4a5561\" stroke-width=\"2\"/></pattern></defs>");
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var x = 0.0;
            var y = r * RowHeight;
            var segments = row.Values.Select((v, i) => (v.Percent, Fill: Shade(i, steps), Ink: Lightness(i, steps) < 50 ? "#fff" : "#1b1f24")).ToList();
            if (row.DontKnow is { } dk) segments.Add((dk.Percent, $"url(#{id}-dk)", "#1b1f24"));
            foreach (var (percent, fill, ink) in segments)
            {
                var w = BarWidth * percent / 100.0;
                if (w <= 0) continue;
                svg.Append($"<rect x=\"{F(x)}\" y=\"{y}\" width=\"{F(w)}\" height=\"22\" fill=\"{fill}\" stroke=\"#fff\" stroke-width=\"1\"/>");
                if (percent >= 6)
                    svg.Append($"<text x=\"{F(x + w / 2)}\" y=\"{y + 15}\" text-anchor=\"middle\" font-size=\"11\" fill=\"{ink}\">{Math.Round(percent).ToString(number)}</text>");
                x += w;
            }
            svg.Append($"<text x=\"{BarWidth + 6}\" y=\"{y + 15}\" font-size=\"11\" fill=\"#1b1f24\">n={row.N}</text>");
        }
        var lx = 0;
        var ly = rows.Count * RowHeight + 8;
        for (var i = 0; i < steps; i++)
        {
            svg.Append($"<rect x=\"{lx}\" y=\"{ly}\" width=\"14\" height=\"14\" fill=\"{Shade(i, steps)}\" stroke=\"#4a5561\" stroke-width=\"0.5\"/>");
            svg.Append($"<text x=\"{lx + 18}\" y=\"{ly + 11}\" font-size=\"11\" fill=\"#1b1f24\">{E(rows[0].Values[i].Value)}</text>");
            lx += 44;
        }
        if (rows[0].DontKnow is not null)
        {
            svg.Append($"<rect x=\"{lx}\" y=\"{ly}\" width=\"14\" height=\"14\" fill=\"url(#{id}-dk)\" stroke=\"#4a5561\" stroke-width=\"0.5\"/>");
            svg.Append($"<text x=\"{lx + 18}\" y=\"{ly + 11}\" font-size=\"11\" fill=\"#1b1f24\">{E(dontKnowLabel)}</text>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>Horizontal bars, one per choice, each under its label with the percentage and count.</summary>
    public static HtmlString Bars(string id, IReadOnlyList<ValueCount> values, CultureInfo number)
    {
        const int rowHeight = 38;
        var svg = new StringBuilder();
        svg.Append($"<svg viewBox=\"0 0 {BarWidth} {values.Count * rowHeight}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-caption\" preserveAspectRatio=\"xMinYMin meet\">");
        for (var i = 0; i < values.Count; i++)
        {
            var y = i * rowHeight;
            var w = BarWidth * Math.Min(100, values[i].Percent) / 100.0;
            svg.Append($"<text x=\"0\" y=\"{y + 12}\" font-size=\"12\" fill=\"#1b1f24\">{E(values[i].Label)}: {values[i].Percent.ToString("0.#", number)} % ({values[i].Count})</text>");
            svg.Append($"<rect x=\"0\" y=\"{y + 17}\" width=\"{BarWidth}\" height=\"14\" fill=\"#f3f5f2\"/>");
            svg.Append($"<rect x=\"0\" y=\"{y + 17}\" width=\"{F(w)}\" height=\"14\" fill=\"hsl(145, 45%, 35%)\"/>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string s) => HtmlEncoder.Default.Encode(s);
}
