namespace Juurru.Features.Events;

public enum EventKind
{
    ThemeEvent,
    Webinar,
    InfoSession,
    Workshop,
    Training,
}

/// <summary>
/// A gathering of a network: a theme event, a webinar, an info session, a workshop or a training, with its programme.
/// Times are stored in UTC and shown in Helsinki time. A draft is seen by the network's coordinators only; a published
/// event is in the public calendar. The online link is for the registered (shown on the event page to coordinators
/// until registration exists).
/// </summary>
public sealed class Event : Data.IVersioned
{
    public const int TitleMax = 300, TextMax = 20_000, PlaceMax = 500, NamesMax = 1_000, UrlMax = 1_000;

    /// <summary>Concurrency token: see <see cref="Data.IVersioned"/>.</summary>
    public int Version { get; set; }

    public int Id { get; set; }
    public int NetworkId { get; set; }
    public Networks.Network? Network { get; set; }
    public EventKind Kind { get; set; }
    public string Title { get; set; } = "";
    /// <summary>Markdown.</summary>
    public string Description { get; set; } = "";
    public DateTime StartsAt { get; private set; }
    public DateTime EndsAt { get; private set; }
    /// <summary>Street address and town; empty for an event only online.</summary>
    public string Place { get; set; } = "";
    public string Room { get; set; } = "";
    public string? OnlineUrl { get; set; }
    /// <summary>The language the event is held in: fi, sv or en.</summary>
    public string Language { get; set; } = "fi";
    /// <summary>Who organises it, as the invitation says ("JOPPI-koordinaatiohanke, Opetushallitus").</summary>
    public string Organisers { get; set; } = "";
    public string Audience { get; set; } = "";
    public bool IsPublished { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<ProgrammeItem> Programme { get; set; } = [];

    public bool IsOnSite => !string.IsNullOrWhiteSpace(Place);
    public bool IsOnline => !string.IsNullOrWhiteSpace(OnlineUrl);

    /// <summary>Sets the times (UTC); an event ends after it starts and lasts at most two weeks.</summary>
    public void Schedule(DateTime startsAt, DateTime endsAt)
    {
        if (endsAt <= startsAt) throw new EventRuleException("The event must end after it starts.");
        if (endsAt - startsAt > TimeSpan.FromDays(14)) throw new EventRuleException("An event can last at most two weeks.");
        StartsAt = startsAt;
        EndsAt = endsAt;
    }

    /// <summary>Into the public calendar: it needs a place or an online link so that people know where to come.</summary>
    public void Publish()
    {
        if (!IsOnSite && !IsOnline) throw new EventRuleException("Give a place or an online link before publishing.");
        IsPublished = true;
    }

    public void Unpublish() => IsPublished = false;

    /// <summary>Upcoming until it has ended: an event going on now is still in the calendar.</summary>
    public bool IsUpcoming(DateTime now) => EndsAt > now;

    /// <summary>The programme in the order of its times (items without a time keep their place after the timed ones before them).</summary>
    public IEnumerable<ProgrammeItem> OrderedProgramme => Programme.OrderBy(p => p.SortOrder);
}

/// <summary>A rule of events broken; the message is a translation key.</summary>
public sealed class EventRuleException(string message) : Exception(message);
