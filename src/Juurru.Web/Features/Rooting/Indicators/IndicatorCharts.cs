using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Juurru.Features.Rooting.Indicators;

/// <summary>
/// Server-side SVG for indicators. Readable without colour: the figures are written beside every bar and line, the target
/// is a marked line with its value, and the page gives the same figures in a table.
/// </summary>
public static class IndicatorCharts
{
    private const string Ink = "#1b1f24", Fill = "#2e6b47", Track = "#eef1ee", Edge = "#4a5561";

    /// <summary>A bar of the way from baseline (left) to target (the marked right end), filled as far as the latest value has come.</summary>
    public static HtmlString Progress(int? percent, string label)
    {
        const int width = 300;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"progress-bar\" viewBox=\"0 0 {width + 60} 24\" width=\"100%\" role=\"img\" aria-label=\"{E(label)}\" preserveAspectRatio=\"xMinYMid meet\">");
        svg.Append($"<rect x=\"0\" y=\"4\" width=\"{width}\" height=\"16\" fill=\"{Track}\" stroke=\"{Edge}\" stroke-width=\"1\"/>");
        if (percent is { } p)
        {
            svg.Append($"<rect x=\"0\" y=\"4\" width=\"{width * Math.Min(p, 100) / 100}\" height=\"16\" fill=\"{Fill}\"/>");
            svg.Append($"<text x=\"{width + 6}\" y=\"17\" font-size=\"12\" fill=\"{Ink}\">{p} %</text>");
        }
        svg.Append($"<line x1=\"{width}\" y1=\"0\" x2=\"{width}\" y2=\"24\" stroke=\"{Ink}\" stroke-width=\"2\"/>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The measurements over time as a line with its points and values, the target as a dashed line with its value and date.</summary>
    public static HtmlString Line(string id, IndicatorView indicator, Func<decimal?, string> format)
    {
        const int width = 600, height = 220, left = 10, right = 90, top = 16, bottom = 30;
        var points = indicator.Measurements;
        var values = points.Select(m => m.Value).Concat(new[] { indicator.Target, indicator.Baseline }.OfType<decimal>()).ToList();
        var dates = points.Select(m => m.Date).Concat(new[] { indicator.TargetDate, indicator.BaselineDate }.OfType<DateOnly>()).ToList();
        if (points.Count == 0 || dates.Count == 0) return HtmlString.Empty;
        var (low, high) = (Math.Min(0, values.Min()), values.Max());
        if (high == low) high = low + 1;
        var (first, last) = (dates.Min().DayNumber, dates.Max().DayNumber);
        if (first == last) last = first + 1;
        double X(DateOnly d) => left + (width - left - right) * (double)(d.DayNumber - first) / (last - first);
        double Y(decimal v) => top + (height - top - bottom) * (1 - (double)((v - low) / (high - low)));

        var svg = new StringBuilder();
        svg.Append($"<svg viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-caption\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.Append($"<line x1=\"{left}\" y1=\"{F(Y(low))}\" x2=\"{width - right}\" y2=\"{F(Y(low))}\" stroke=\"{Edge}\" stroke-width=\"1\"/>");
        if (indicator.Target is { } target)
        {
            svg.Append($"<line x1=\"{left}\" y1=\"{F(Y(target))}\" x2=\"{width - right}\" y2=\"{F(Y(target))}\" stroke=\"{Ink}\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
            svg.Append($"<text x=\"{width - right + 4}\" y=\"{F(Y(target) + 4)}\" font-size=\"12\" fill=\"{Ink}\">{E(format(target))}</text>");
        }
        svg.Append($"<polyline fill=\"none\" stroke=\"{Fill}\" stroke-width=\"2.5\" points=\"{string.Join(' ', points.Select(p => $"{F(X(p.Date))},{F(Y(p.Value))}"))}\"/>");
        foreach (var p in points)
        {
            svg.Append($"<circle cx=\"{F(X(p.Date))}\" cy=\"{F(Y(p.Value))}\" r=\"4\" fill=\"{Fill}\"/>");
            svg.Append($"<text x=\"{F(X(p.Date))}\" y=\"{F(Y(p.Value) - 8)}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{Ink}\">{E(format(p.Value))}</text>");
        }
        foreach (var d in new[] { dates.Min(), dates.Max() }.Distinct())
            svg.Append($"<text x=\"{F(X(d))}\" y=\"{height - 8}\" font-size=\"11\" text-anchor=\"{(d == dates.Min() ? "start" : "end")}\" fill=\"{Ink}\">{d.ToString("M/yyyy", CultureInfo.CurrentCulture)}</text>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string s) => HtmlEncoder.Default.Encode(s);
}
