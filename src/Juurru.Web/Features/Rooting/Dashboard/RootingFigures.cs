using Juurru.Features.Rooting.Indicators;

namespace Juurru.Features.Rooting.Dashboard;

/// <summary>
/// A network's rooting in figures: of the practices asked about in the follow-ups, the share still in use after each
/// follow-up's months (in all, by theme, by kind and by evaluation decision); the adoptions by the year they began and
/// their status now; the common indicators summed over the projects against the sum of their targets; and, for the
/// coordinators only, how the follow-ups stand (<see cref="FollowUps"/> is null for everyone else).
/// </summary>
public sealed record RootingFigures(
    string Network,
    string Slug,
    DateOnly Today,
    int PracticesOfEndedProjects,
    IReadOnlyList<HorizonFigures> Horizons,
    IReadOnlyList<AdoptionYear> AdoptionsByYear,
    IReadOnlyList<CommonIndicatorSum> CommonIndicators,
    IReadOnlyList<FollowUpCount>? FollowUps);

/// <summary>One group's practices after a follow-up: how many are still in use (fully or partly) and how many stopped.</summary>
public sealed record ShareRow(string Key, string Label, int InUse, int Stopped)
{
    public int Answered => InUse + Stopped;

    /// <summary>The share still in use, rounded half away from zero; null when no practice of the group was answered about.</summary>
    public int? SharePercent => Shared.Percent.Of(InUse, Answered);
}

/// <summary>
/// The practices a follow-up of <see cref="Months"/> months asked about. <see cref="Asked"/> counts those with any answer;
/// the shares count only "still in use" (yes or partly) against "stopped" — "never used here" and "don't know" are left out.
/// </summary>
public sealed record HorizonFigures(int Months, int Asked, ShareRow Total, IReadOnlyList<ShareRow> ByTheme, IReadOnlyList<ShareRow> ByKind,
    IReadOnlyList<ShareRow> ByDecision);

/// <summary>Adoptions that began in a year (the month given, else when recorded), by their status now.</summary>
public sealed record AdoptionYear(int Year, int InUse, int TryingOut, int Stopped)
{
    public int Total => InUse + TryingOut + Stopped;
}

/// <summary>A common indicator added up over the projects that report it; the target sum counts the projects that set a target.</summary>
public sealed record CommonIndicatorSum(int Id, string Name, string Unit, IndicatorKind Kind, IndicatorDirection Direction, int Reporting, int Projects,
    decimal Sum, decimal? TargetSum, int? ProgressPercent);

/// <summary>How a network's follow-ups of a number of months stand.</summary>
public sealed record FollowUpCount(int Months, int Upcoming, int Sent, int Answered, int Overdue, int NothingToAsk, int Invited, int Responses)
{
    public int? ResponseRatePercent => Shared.Percent.Of(Responses, Invited);
}
