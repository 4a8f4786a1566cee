using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Juurru.Features.Surveys.Reports;

/// <summary>
/// Server-side SVG charts that a funder can read on paper: every bar is labelled with its statement or group; the
/// scale's shades run from light to dark in one hue (ColorBrewer's "Blues", readable in greyscale and by colour-blind
/// readers), the whole percentages are written into the bars in a colour chosen for contrast, "Don't know" is hatched,
/// and the legend names the scale's ends. Each chart is followed by its data table in the page.
/// </summary>
public static class SurveyCharts
{
    private const int BarWidth = 600, BarHeight = 22, LabelHeight = 16;
    private const string Text = "#1b1f24";

    /// <summary>ColorBrewer Blues, from its second lightest (the lightest would vanish on white) to its darkest.</summary>
    private static readonly (int R, int G, int B)[] Blues =
        [(0xde, 0xeb, 0xf7), (0xc6, 0xdb, 0xef), (0x9e, 0xca, 0xe1), (0x6b, 0xae, 0xd6), (0x42, 0x92, 0xc6), (0x21, 0x71, 0xb5), (0x08, 0x51, 0x9c), (0x08, 0x30, 0x6b)];

    /// <summary>The i-th of a scale's shades, spread over the whole palette whatever the number of steps.</summary>
    public static string Shade(int i, int steps) => Hex(ShadeOf(i, steps));

    private static (int R, int G, int B) ShadeOf(int i, int steps)
    {
        var position = steps <= 1 ? Blues.Length - 1 : (double)i * (Blues.Length - 1) / (steps - 1);
        var (a, b) = (Blues[(int)Math.Floor(position)], Blues[(int)Math.Ceiling(position)]);
        var f = position - Math.Floor(position);
        return ((int)Math.Round(a.R + (b.R - a.R) * f), (int)Math.Round(a.G + (b.G - a.G) * f), (int)Math.Round(a.B + (b.B - a.B) * f));
    }

    /// <summary>White or near-black, whichever contrasts more with the fill (WCAG relative luminance).</summary>
    private static string InkOn((int R, int G, int B) fill)
    {
        static double Channel(int c) => c / 255.0 is var s && s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        var l = 0.2126 * Channel(fill.R) + 0.7152 * Channel(fill.G) + 0.0722 * Channel(fill.B);
        const double dark = 0.0137; // the luminance of the text colour
        return 1.05 / (l + 0.05) >= (l + 0.05) / (dark + 0.05) ? "#fff" : Text;
    }

    /// <summary>100 % stacked horizontal bars, one per statement (or group), each under its label, with n at the end and a legend below.</summary>
    public static HtmlString Stacked(string id, IReadOnlyList<ScaleFigures> rows, string dontKnowLabel, CultureInfo number)
    {
        var steps = rows[0].Values.Count;
        var labelled = rows.Count > 1; // a single bar is named by the chart's caption
        var rowHeight = BarHeight + 10 + (labelled ? LabelHeight : 0);
        var legend = Legend(id, rows[0], dontKnowLabel);
        var top = rows.Count * rowHeight + 6;
        var svg = new StringBuilder();
        svg.Append($"<svg viewBox=\"0 0 {BarWidth + 70} {top + legend.Height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-caption\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.Append($"<defs><pattern id=\"{id}-dk\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                   + "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#4a5561\" stroke-width=\"2\"/></pattern></defs>");
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var y = r * rowHeight;
            if (labelled)
            {
                svg.Append($"<text x=\"0\" y=\"{y + 12}\" font-size=\"12\" fill=\"{Text}\">{E(row.Label)}</text>");
                y += LabelHeight;
            }
            var segments = row.Values.Select((v, i) => (Figure: v, Fill: Shade(i, steps), Ink: InkOn(ShadeOf(i, steps)))).ToList();
            if (row.DontKnow is { } dk) segments.Add((dk, $"url(#{id}-dk)", Text));
            var x = 0.0;
            foreach (var (figure, fill, ink) in segments)
            {
                var w = BarWidth * figure.Percent / 100.0;
                if (w <= 0) continue;
                svg.Append($"<rect x=\"{F(x)}\" y=\"{y}\" width=\"{F(w)}\" height=\"{BarHeight}\" fill=\"{fill}\" stroke=\"#fff\" stroke-width=\"1\"/>");
                // Every share that has room for its figure is labelled (printed reports label even the small ones).
                if (w >= 7 * figure.WholePercent.ToString(number).Length + 4)
                    svg.Append($"<text x=\"{F(x + w / 2)}\" y=\"{y + 15}\" text-anchor=\"middle\" font-size=\"11\" fill=\"{ink}\">{figure.WholePercent.ToString(number)}</text>");
                x += w;
            }
            svg.Append($"<text x=\"{BarWidth + 6}\" y=\"{y + 15}\" font-size=\"11\" fill=\"{Text}\">n={row.N}</text>");
        }
        svg.Append($"<g transform=\"translate(0 {top})\">").Append(legend.Svg).Append("</g></svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>One swatch per scale value with its label (the ends say what they mean), wrapped onto lines as needed.</summary>
    private static (string Svg, int Height) Legend(string id, ScaleFigures row, string dontKnowLabel)
    {
        var items = row.Values.Select((v, i) => (Fill: Shade(i, row.Values.Count), Label: v.Label)).ToList();
        if (row.DontKnow is not null) items.Add(($"url(#{id}-dk)", dontKnowLabel));
        var svg = new StringBuilder();
        int x = 0, y = 0;
        foreach (var (fill, label) in items)
        {
            var width = 18 + (int)Math.Ceiling(label.Length * 6.2) + 14; // swatch, text at about 6 px a letter, gap
            if (x > 0 && x + width > BarWidth + 70)
            {
                x = 0;
                y += 20;
            }
            svg.Append($"<rect x=\"{x}\" y=\"{y}\" width=\"14\" height=\"14\" fill=\"{fill}\" stroke=\"#4a5561\" stroke-width=\"0.5\"/>");
            svg.Append($"<text x=\"{x + 18}\" y=\"{y + 11}\" font-size=\"11\" fill=\"{Text}\">{E(label)}</text>");
            x += width;
        }
        return (svg.ToString(), y + 20);
    }

    /// <summary>Horizontal bars, one per choice, each under its label with the whole percentage and count.</summary>
    public static HtmlString Bars(string id, IReadOnlyList<ValueCount> values, CultureInfo number)
    {
        const int rowHeight = 38;
        var svg = new StringBuilder();
        svg.Append($"<svg viewBox=\"0 0 {BarWidth} {values.Count * rowHeight}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-caption\" preserveAspectRatio=\"xMinYMin meet\">");
        for (var i = 0; i < values.Count; i++)
        {
            var y = i * rowHeight;
            var w = BarWidth * Math.Min(100, values[i].Percent) / 100.0;
            svg.Append($"<text x=\"0\" y=\"{y + 12}\" font-size=\"12\" fill=\"{Text}\">{E(values[i].Label)}: {values[i].WholePercent.ToString(number)} % ({values[i].Count})</text>");
            svg.Append($"<rect x=\"0\" y=\"{y + 17}\" width=\"{BarWidth}\" height=\"14\" fill=\"#f3f5f2\"/>");
            svg.Append($"<rect x=\"0\" y=\"{y + 17}\" width=\"{F(w)}\" height=\"14\" fill=\"{Hex(Blues[5])}\"/>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Hex((int R, int G, int B) c) => $"#{c.R:x2}{c.G:x2}{c.B:x2}";

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string s) => HtmlEncoder.Default.Encode(s);
}
