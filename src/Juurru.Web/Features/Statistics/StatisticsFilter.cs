using Microsoft.AspNetCore.Mvc;

namespace Juurru.Features.Statistics;

/// <summary>The statistics page's choices, all in its address so that a view can be shared: network (none: the
/// national view across networks), theme, a range of years and a region.</summary>
public sealed class StatisticsFilter
{
    public const int FirstYear = 1990, LastYear = 2100;

    [FromQuery(Name = "network")] public string? Network { get; set; }
    [FromQuery(Name = "theme")] public int? Theme { get; set; }

    /// <summary>First year: practices from that year on, projects running then or later.</summary>
    [FromQuery(Name = "from")] public int? From { get; set; }
    [FromQuery(Name = "to")] public int? To { get; set; }

    /// <summary>Region code, e.g. MK01.</summary>
    [FromQuery(Name = "region")] public string? Region { get; set; }

    /// <summary>Whether the years make a range: each within reason, the first not after the last.</summary>
    public bool YearsAreValid =>
        From is null or >= FirstYear and <= LastYear && To is null or >= FirstYear and <= LastYear && !(From > To);

    public bool InYears(int? year) => (From is null && To is null) || year is { } y && (From is null || y >= From) && (To is null || y <= To);

    /// <summary>Whether a project running from <paramref name="start"/> to <paramref name="end"/> overlaps the years.</summary>
    public bool Overlaps(DateOnly? start, DateOnly? end) =>
        (From is null && To is null)
        || (start is not null || end is not null) && (To is null || (start?.Year ?? int.MinValue) <= To) && (From is null || (end?.Year ?? int.MaxValue) >= From);

    public Dictionary<string, string> ToQuery() => new Dictionary<string, string?>
    {
        ["network"] = Network, ["theme"] = Theme?.ToString(), ["from"] = From?.ToString(), ["to"] = To?.ToString(), ["region"] = Region,
    }.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value!);
}
