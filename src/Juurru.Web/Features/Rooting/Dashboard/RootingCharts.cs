using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Juurru.Features.Rooting.Dashboard;

/// <summary>
/// The dashboard's server-side SVG. Readable without colour: every bar has its figures written beside it, the parts of a
/// stacked bar differ in pattern as well as shade, and each chart is followed by its data table on the page.
/// </summary>
public static class RootingCharts
{
    private const string Ink = "#1b1f24", Dark = "#1f5d3a", Light = "#a8d5b5", Track = "#eef1ee", Edge = "#4a5561";
    private const int Width = 600;

    /// <summary>One bar per group: the share still in use, with "63 % (5/8)" written beside the label.</summary>
    public static HtmlString Shares(string id, IReadOnlyList<ShareRow> rows, Func<ShareRow, string> label)
    {
        const int rowHeight = 38;
        var svg = new StringBuilder();
        svg.Append($"<svg viewBox=\"0 0 {Width} {Math.Max(1, rows.Count) * rowHeight}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-caption\" preserveAspectRatio=\"xMinYMin meet\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var y = i * rowHeight;
            var figures = r.SharePercent is { } p ? $"{p} % ({r.InUse}/{r.Answered})" : "–";
            svg.Append($"<text x=\"0\" y=\"{y + 12}\" font-size=\"12\" fill=\"{Ink}\">{E(label(r))}: {figures}</text>");
            svg.Append($"<rect x=\"0\" y=\"{y + 17}\" width=\"{Width}\" height=\"14\" fill=\"{Track}\" stroke=\"{Edge}\" stroke-width=\"0.5\"/>");
            if (r.SharePercent is { } share) svg.Append($"<rect x=\"0\" y=\"{y + 17}\" width=\"{Width * Math.Min(share, 100) / 100}\" height=\"14\" fill=\"{Dark}\"/>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>A stacked bar per year: in use (dark), being tried out (light, striped), stopped (outlined), each part's count written in.</summary>
    public static HtmlString Years(string id, IReadOnlyList<AdoptionYear> years, string inUse, string trying, string stopped)
    {
        const int rowHeight = 30, labelWidth = 50;
        var most = Math.Max(1, years.Select(y => y.Total).DefaultIfEmpty(1).Max());
        var scale = (Width - labelWidth - 40) / (double)most;
        var svg = new StringBuilder();
        svg.Append($"<svg viewBox=\"0 0 {Width} {years.Count * rowHeight + 30}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-caption\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.Append($"<defs><pattern id=\"{id}-stripes\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                   + $"<rect width=\"6\" height=\"6\" fill=\"{Light}\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"{Dark}\" stroke-width=\"1.5\"/></pattern></defs>");
        for (var i = 0; i < years.Count; i++)
        {
            var year = years[i];
            var y = i * rowHeight;
            svg.Append($"<text x=\"0\" y=\"{y + 15}\" font-size=\"12\" fill=\"{Ink}\">{year.Year}</text>");
            var x = (double)labelWidth;
            foreach (var (count, fill, ink) in new[] { (year.InUse, Dark, "#fff"), (year.TryingOut, $"url(#{id}-stripes)", Ink), (year.Stopped, "#fff", Ink) })
            {
                if (count == 0) continue;
                var w = count * scale;
                svg.Append($"<rect x=\"{F(x)}\" y=\"{y + 2}\" width=\"{F(w)}\" height=\"20\" fill=\"{fill}\" stroke=\"{Edge}\" stroke-width=\"1\"/>");
                if (w >= 18) svg.Append($"<text x=\"{F(x + w / 2)}\" y=\"{y + 16}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{ink}\">{count}</text>");
                x += w;
            }
            svg.Append($"<text x=\"{F(x + 6)}\" y=\"{y + 16}\" font-size=\"11\" fill=\"{Ink}\">{year.Total}</text>");
        }
        var ly = years.Count * rowHeight + 8;
        var lx = 0;
        foreach (var (fill, text) in new[] { (Dark, inUse), ($"url(#{id}-stripes)", trying), ("#fff", stopped) })
        {
            svg.Append($"<rect x=\"{lx}\" y=\"{ly}\" width=\"14\" height=\"14\" fill=\"{fill}\" stroke=\"{Edge}\" stroke-width=\"1\"/>");
            svg.Append($"<text x=\"{lx + 18}\" y=\"{ly + 11}\" font-size=\"11\" fill=\"{Ink}\">{E(text)}</text>");
            lx += 40 + text.Length * 7;
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string F(double v) => v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static string E(string s) => HtmlEncoder.Default.Encode(s);
}
