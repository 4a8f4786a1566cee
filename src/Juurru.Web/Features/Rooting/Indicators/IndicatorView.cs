using Juurru.Data;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Rooting.Indicators;

/// <summary>
/// A project's indicator as its page and GET /api/v1/projects/{id} show it. A common indicator of the network that the
/// project has not reported yet is listed too, with <see cref="Id"/> null: every project is expected to report it.
/// </summary>
public sealed record IndicatorView(
    int? Id,
    int? CommonIndicatorId,
    string Name,
    string Unit,
    IndicatorKind Kind,
    IndicatorDirection Direction,
    decimal? Baseline,
    DateOnly? BaselineDate,
    decimal? Target,
    DateOnly? TargetDate,
    string DataSource,
    decimal? Latest,
    DateOnly? LatestDate,
    int? ProgressPercent,
    bool TargetReached,
    IReadOnlyList<MeasurementView> Measurements);

public sealed record MeasurementView(int Id, DateOnly Date, decimal Value, string Source, string Comment);

public static class IndicatorViews
{
    /// <summary>The network's common indicators first (in the network's order), then the project's own.</summary>
    public static async Task<IReadOnlyList<IndicatorView>> ForProjectAsync(JuurruDbContext db, int projectId, int networkId, string culture, CancellationToken ct)
    {
        var indicators = await db.Indicators.AsNoTracking().AsSplitQuery()
            .Where(i => i.ProjectId == projectId).Include(i => i.Common).Include(i => i.Measurements).ToListAsync(ct);
        var commons = await db.CommonIndicators.AsNoTracking().Where(c => c.NetworkId == networkId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);
        var views = new List<IndicatorView>();
        foreach (var common in commons)
        {
            var reported = indicators.SingleOrDefault(i => i.CommonIndicatorId == common.Id);
            views.Add(reported is null
                ? new IndicatorView(null, common.Id, common.Name.In(culture), common.Unit.In(culture), common.Kind, common.Direction,
                    null, null, null, null, "", null, null, null, false, [])
                : Of(reported, culture));
        }
        views.AddRange(indicators.Where(i => i.CommonIndicatorId is null).OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => Of(i, culture)));
        return views;
    }

    public static IndicatorView Of(Indicator i, string culture)
    {
        var progress = i.Progress;
        return new IndicatorView(i.Id, i.CommonIndicatorId, i.Common?.Name.In(culture) ?? i.Name, i.Common?.Unit.In(culture) ?? i.Unit, i.Kind, i.Direction,
            i.Baseline, i.BaselineDate, i.Target, i.TargetDate, i.DataSource, i.LatestValue, i.LatestDate, progress.Percent, progress.Reached,
            i.Measurements.OrderBy(m => m.Date).ThenBy(m => m.Id).Select(m => new MeasurementView(m.Id, m.Date, m.Value, m.Source, m.Comment)).ToList());
    }
}

/// <summary>The model of the indicator list partial: whose indicators, and which.</summary>
public sealed record IndicatorList(int ProjectId, IReadOnlyList<IndicatorView> Indicators);
