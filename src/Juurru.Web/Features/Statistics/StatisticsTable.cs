using Juurru.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Statistics;

/// <summary>The figures as one table for the downloads: breakdown, group, count, base and share (one decimal).</summary>
public static class StatisticsTable
{
    public static IEnumerable<IReadOnlyList<TableCell>> Rows(IEnumerable<Breakdown> breakdowns, IStringLocalizer L)
    {
        yield return [L["Figure"].Value, L["Group"].Value, L["Number"].Value, L["Of"].Value, "%"];
        foreach (var b in breakdowns)
        {
            foreach (var g in b.Groups)
                yield return [b.Title, g.Label, TableCell.Number((decimal)g.Count), TableCell.Number((decimal)g.Base), TableCell.Number(g.Percent)];
        }
    }
}
