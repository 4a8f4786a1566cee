using System.Globalization;

namespace Juurru.Features.Shared;

/// <summary>
/// Dates and times as people in Finland read them, whatever the server's own time zone (often UTC): in Helsinki time,
/// day first in every language. Finnish "1.12.2026 klo 14.30", Swedish (as written in Finland) "1.12.2026 kl. 14.30",
/// English "1 Dec 2026, 14:30" (never 12/1/2026). Stored times are UTC.
/// </summary>
public static class Dates
{
    public static TimeZoneInfo Helsinki { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    /// <summary>A stored (UTC) time as a Helsinki wall-clock time.</summary>
    public static DateTime ToHelsinki(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : DateTime.SpecifyKind(utc, DateTimeKind.Utc), Helsinki);

    /// <summary>A Helsinki wall-clock time (a form's date and time fields) as UTC, for storing.</summary>
    public static DateTime FromHelsinki(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Helsinki);

    public static string Day(DateOnly day, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        return day.ToString(IsEnglish(culture) ? "d MMM yyyy" : "d.M.yyyy", culture);
    }

    public static string Day(DateTime utc, CultureInfo? culture = null) => Day(DateOnly.FromDateTime(ToHelsinki(utc)), culture);

    public static string? Day(DateTime? utc) => utc is { } at ? Day(at) : null;

    public static string? Day(DateOnly? day) => day is { } d ? Day(d) : null;

    public static string DayAndTime(DateTime utc, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        var local = ToHelsinki(utc);
        var time = culture.TwoLetterISOLanguageName switch
        {
            "fi" => local.ToString("'klo' H.mm", culture),
            "sv" => local.ToString("'kl.' H.mm", culture),
            _ => local.ToString("HH:mm", culture),
        };
        return Day(DateOnly.FromDateTime(local), culture) + (IsEnglish(culture) ? ", " : " ") + time;
    }

    public static string? DayAndTime(DateTime? utc) => utc is { } at ? DayAndTime(at) : null;

    /// <summary>"11/2026": when only the month matters (a confirmation of use).</summary>
    public static string Month(DateTime utc) => ToHelsinki(utc).ToString("M'/'yyyy", CultureInfo.InvariantCulture);

    /// <summary>The Helsinki date for a machine-readable &lt;time datetime&gt;.</summary>
    public static string IsoDay(DateTime utc) => ToHelsinki(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";
}
