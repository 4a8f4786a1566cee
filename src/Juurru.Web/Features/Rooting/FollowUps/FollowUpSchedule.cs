namespace Juurru.Features.Rooting.FollowUps;

/// <summary>The date rules of follow-ups, on plain values (unit-tested with any "today").</summary>
public static class FollowUpSchedule
{
    public static readonly IReadOnlyList<int> DefaultMonths = [12, 24];
    public const int MaxMonths = 120;

    /// <summary>The follow-ups an ended project (end date before today) should have: one per setting, due that many months after its end.</summary>
    public static IReadOnlyList<(int Months, DateOnly DueOn)> For(DateOnly? end, IEnumerable<int> months, DateOnly today) =>
        end is { } e && e < today ? months.Distinct().Order().Select(m => (m, e.AddMonths(m))).ToList() : [];

    /// <summary>
    /// A due follow-up goes out by itself within a window after its due date. One due longer ago (a project that ended
    /// years before it was entered, e.g. from an imported report) waits for a coordinator to send it, so that turning the
    /// feature on does not mail everyone the network ever knew.
    /// </summary>
    public static bool SendsItself(DateOnly dueOn, DateOnly today, int windowDays) => dueOn <= today && dueOn >= today.AddDays(-windowDays);

    /// <summary>"12, 24" as months: whole numbers 1–120, at least one; or the English key of the problem.</summary>
    public static (IReadOnlyList<int> Months, string? Problem) ParseMonths(string? text)
    {
        var parts = (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);
        var months = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, out var m) || m < 1 || m > MaxMonths) return ([], "Give the months as whole numbers from 1 to 120, e.g. 12, 24.");
            months.Add(m);
        }
        return months.Count == 0 ? ([], "Give at least one month, e.g. 12, 24.") : (months.Distinct().Order().ToList(), null);
    }
}
