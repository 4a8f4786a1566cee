using System.ComponentModel.DataAnnotations;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Events;

/// <summary>An event and its programme as a form; times are typed in Helsinki time.</summary>
public sealed class EventForm
{
    /// <summary>Empty programme rows offered beyond the filled ones, so that items are added without JavaScript.</summary>
    public const int BlankRows = 3;

    [Display(Name = "Kind")]
    public EventKind Kind { get; set; } = EventKind.ThemeEvent;

    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(Event.TitleMax, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [StringLength(Event.TextMax, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Give the day.")]
    [Display(Name = "Day")]
    public DateOnly? Day { get; set; }

    [Required(ErrorMessage = "Give the time it starts.")]
    [Display(Name = "Starts")]
    public TimeOnly? Starts { get; set; }

    [Required(ErrorMessage = "Give the time it ends.")]
    [Display(Name = "Ends")]
    public TimeOnly? Ends { get; set; }

    /// <summary>For an event of several days; empty: the same day.</summary>
    [Display(Name = "Last day")]
    public DateOnly? LastDay { get; set; }

    [StringLength(Event.PlaceMax, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Address")]
    public string? Place { get; set; }

    [StringLength(Event.PlaceMax, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Room")]
    public string? Room { get; set; }

    [StringLength(Event.UrlMax, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Online link")]
    public string? OnlineUrl { get; set; }

    [Display(Name = "Language of the event")]
    public string Language { get; set; } = "fi";

    [StringLength(Event.NamesMax, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Organisers")]
    public string? Organisers { get; set; }

    [StringLength(Event.NamesMax, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Audience")]
    public string? Audience { get; set; }

    public List<ProgrammeRow> Programme { get; set; } = [];

    /// <summary>The event's version when the form was opened: a save over someone else's newer one is refused.</summary>
    public int Version { get; set; }

    public static EventForm From(Event e)
    {
        var starts = Dates.ToHelsinki(e.StartsAt);
        var ends = Dates.ToHelsinki(e.EndsAt);
        return new EventForm
        {
            Kind = e.Kind, Title = e.Title, Description = e.Description, Day = DateOnly.FromDateTime(starts), Starts = TimeOnly.FromDateTime(starts),
            Ends = TimeOnly.FromDateTime(ends), LastDay = DateOnly.FromDateTime(ends) == DateOnly.FromDateTime(starts) ? null : DateOnly.FromDateTime(ends),
            Place = e.Place, Room = e.Room, OnlineUrl = e.OnlineUrl, Language = e.Language, Organisers = e.Organisers, Audience = e.Audience,
            Programme = e.OrderedProgramme.Select(ProgrammeRow.From).ToList(), Version = e.Version,
        };
    }

    /// <summary>
    /// Room for new programme items at the end. The rows already there keep their places: after a refused save, the
    /// messages and the typed values are matched to the rows by their numbers.
    /// </summary>
    public EventForm WithBlankRows()
    {
        var trailing = Programme.AsEnumerable().Reverse().TakeWhile(r => r.IsEmpty).Count();
        Programme.AddRange(Enumerable.Range(0, Math.Max(0, BlankRows - trailing)).Select(_ => new ProgrammeRow()));
        return this;
    }

    /// <summary>Checks what the attributes cannot and writes the form onto the event; false (with messages) when it cannot.</summary>
    public bool TryApply(Event e, ModelStateDictionary state, IStringLocalizer L)
    {
        if (!Cultures.IsSupported(Language)) state.AddModelError("Form.Language", L["Choose the language of the event."]);
        if (!string.IsNullOrWhiteSpace(OnlineUrl) && !FormRows.IsWebAddress(OnlineUrl))
            state.AddModelError("Form.OnlineUrl", L["Give a web address that starts with https:// or http://."]);
        DateTime? starts = null, ends = null;
        if (Day is { } day && Starts is { } from && Ends is { } to)
        {
            starts = Dates.FromHelsinki(day.ToDateTime(from));
            ends = Dates.FromHelsinki((LastDay ?? day).ToDateTime(to));
            if (ends <= starts) state.AddModelError("Form.Ends", L["The event must end after it starts."]);
            else if (ends - starts > TimeSpan.FromDays(14)) state.AddModelError("Form.LastDay", L["An event can last at most two weeks."]);
        }
        var items = new List<ProgrammeItem>();
        for (var i = 0; i < Programme.Count; i++)
        {
            if (Programme[i].Read(state, $"Form.Programme[{i}]", L) is { } item) items.Add(item);
        }
        if (!state.IsValid) return false;

        e.Kind = Kind;
        e.Title = Title.Trim();
        e.Description = Description?.Trim() ?? "";
        e.Schedule(starts!.Value, ends!.Value);
        e.Place = Place?.Trim() ?? "";
        e.Room = Room?.Trim() ?? "";
        e.OnlineUrl = string.IsNullOrWhiteSpace(OnlineUrl) ? null : OnlineUrl.Trim();
        e.Language = Language;
        e.Organisers = Organisers?.Trim() ?? "";
        e.Audience = Audience?.Trim() ?? "";
        // The rows replace the programme: in the order typed, which is the order of the times when they have them.
        items = [.. items.Select((item, index) => (item, index)).OrderBy(x => x.item.StartsAt ?? TimeOnly.MaxValue).ThenBy(x => x.index).Select(x => x.item)];
        for (var i = 0; i < items.Count; i++) items[i].SortOrder = i;
        e.Programme.Clear();
        e.Programme.AddRange(items);
        return true;
    }
}

/// <summary>One row of the programme form; a row without a title or a time is left out.</summary>
public sealed class ProgrammeRow
{
    [Display(Name = "Starts")] public TimeOnly? Starts { get; set; }
    [Display(Name = "Ends")] public TimeOnly? Ends { get; set; }
    [Display(Name = "Kind")] public ProgrammeItemKind Kind { get; set; } = ProgrammeItemKind.Talk;

    [StringLength(ProgrammeItem.TitleMax, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [StringLength(ProgrammeItem.DetailsMax, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Details")]
    public string? Details { get; set; }

    [StringLength(Person.PartMax * 3, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Facilitator")]
    public string? Facilitator { get; set; }

    /// <summary>One person a line: "name, role, organisation".</summary>
    [StringLength(4_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Speakers or panelists")]
    public string? Speakers { get; set; }

    public bool IsEmpty => Starts is null && Ends is null && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Details)
                           && string.IsNullOrWhiteSpace(Facilitator) && string.IsNullOrWhiteSpace(Speakers);

    public static ProgrammeRow From(ProgrammeItem p) => new()
    {
        Starts = p.StartsAt, Ends = p.EndsAt, Kind = p.Kind, Title = p.Title, Details = p.Details, Facilitator = p.Facilitator?.ToString(),
        Speakers = string.Join("\n", p.Speakers.Select(s => s.ToString())),
    };

    public ProgrammeItem? Read(ModelStateDictionary state, string prefix, IStringLocalizer L)
    {
        if (IsEmpty) return null;
        if (string.IsNullOrWhiteSpace(Title)) state.AddModelError(prefix + ".Title", L["Give the programme item a title."]);
        if (Starts is { } s && Ends is { } e && e <= s) state.AddModelError(prefix + ".Ends", L["A programme item must end after it starts."]);
        var speakers = (Speakers ?? "").Split('\n').Select(Person.Parse).OfType<Person>().ToList();
        if (speakers.Concat(Person.Parse(Facilitator) is { } f ? [f] : []).Any(p => p.Name.Length > Person.PartMax || p.Role.Length > Person.PartMax || p.Organisation.Length > Person.PartMax))
            state.AddModelError(prefix + ".Speakers", L.Plural(Person.PartMax, "A name, role or organisation can be at most {0} character long.", "A name, role or organisation can be at most {0} characters long."));
        return new ProgrammeItem
        {
            StartsAt = Starts, EndsAt = Ends, Kind = Kind, Title = Title?.Trim() ?? "", Details = Details?.Trim() ?? "",
            Facilitator = Person.Parse(Facilitator), Speakers = speakers,
        };
    }
}
