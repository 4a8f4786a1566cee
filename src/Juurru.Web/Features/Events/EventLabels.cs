namespace Juurru.Features.Events;

/// <summary>The translation keys of the kinds of events and programme items.</summary>
public static class EventLabels
{
    public static string Kind(EventKind kind) => kind switch
    {
        EventKind.ThemeEvent => "Theme event",
        EventKind.Webinar => "Webinar",
        EventKind.InfoSession => "Info session",
        EventKind.Workshop => "Workshop",
        EventKind.Training => "Training",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Item(ProgrammeItemKind kind) => kind switch
    {
        ProgrammeItemKind.Talk => "Talk",
        ProgrammeItemKind.Panel => "Panel discussion",
        ProgrammeItemKind.Break => "Break",
        ProgrammeItemKind.GroupDiscussion => "Group discussion",
        ProgrammeItemKind.Networking => "Networking",
        ProgrammeItemKind.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>"8.10.2025 klo 14.00–16.00"; an event of several days with both days.</summary>
    public static string When(DateTime startsUtc, DateTime endsUtc, System.Globalization.CultureInfo culture)
    {
        if (Shared.Dates.Day(startsUtc, culture) != Shared.Dates.Day(endsUtc, culture))
            return $"{Shared.Dates.DayAndTime(startsUtc, culture)} – {Shared.Dates.DayAndTime(endsUtc, culture)}";
        var end = TimeOnly.FromDateTime(Shared.Dates.ToHelsinki(endsUtc));
        return Shared.Dates.DayAndTime(startsUtc, culture) + "–" + Times(end, null, culture);
    }

    /// <summary>"14.00–14.25" in Finnish and Swedish, "14:00–14:25" in English.</summary>
    public static string Times(TimeOnly? starts, TimeOnly? ends, System.Globalization.CultureInfo culture)
    {
        var format = culture.TwoLetterISOLanguageName == "en" ? "HH:mm" : "H.mm";
        return (starts, ends) switch
        {
            ({ } s, { } e) => $"{s.ToString(format, culture)}–{e.ToString(format, culture)}",
            ({ } s, null) => s.ToString(format, culture),
            _ => "",
        };
    }
}
