namespace Juurru.Features.Rooting.Indicators;

/// <summary>
/// How far an indicator has come from its baseline towards its target: the share of the way covered (may pass 100 when
/// the target is exceeded), and whether the target is reached. Without a target, or without a measurement, there is no
/// progress to show; without a baseline the way starts from zero (for "less is better" it cannot be known).
/// </summary>
public sealed record IndicatorProgress(decimal? Share, bool Reached)
{
    public static readonly IndicatorProgress None = new(null, false);

    /// <summary>The share as people read it, rounded half away from zero.</summary>
    public int? Percent => Share is { } s ? Shared.Percent.Round(100m * s) : null;

    public static IndicatorProgress Of(IndicatorKind kind, IndicatorDirection direction, decimal? baseline, decimal? target, decimal? latest)
    {
        if (target is not { } goal || latest is not { } now) return None;
        if (kind == IndicatorKind.YesNo) return new(now == goal ? 1 : 0, now == goal);
        var reached = direction == IndicatorDirection.Increase ? now >= goal : now <= goal;
        var start = baseline ?? (direction == IndicatorDirection.Increase ? 0 : (decimal?)null);
        if (start is not { } from || from == goal) return new(reached ? 1 : null, reached);
        var share = (now - from) / (goal - from);
        return new(Math.Max(0, share), reached);
    }
}
