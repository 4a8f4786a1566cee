namespace Juurru.Features.Events;

public enum ProgrammeItemKind
{
    Talk,
    Panel,
    Break,
    GroupDiscussion,
    Networking,
    Other,
}

/// <summary>One item of an event's programme: a talk, a panel (a facilitator and panelists), a break, a group discussion
/// or networking; times in Helsinki time on the event's day.</summary>
public sealed class ProgrammeItem
{
    public const int TitleMax = 300, DetailsMax = 4_000;

    public int Id { get; set; }
    public int EventId { get; set; }
    public int SortOrder { get; set; }
    public TimeOnly? StartsAt { get; set; }
    public TimeOnly? EndsAt { get; set; }
    public ProgrammeItemKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string Details { get; set; } = "";
    /// <summary>The panel's or the discussion's facilitator.</summary>
    public Person? Facilitator { get; set; }
    /// <summary>Speakers of a talk, panelists of a panel.</summary>
    public List<Person> Speakers { get; set; } = [];
}

/// <summary>A speaker as the programme names them: "Anu Ojala, Jyväskylän yliopisto".</summary>
public sealed record Person(string Name, string Role, string Organisation)
{
    public const int PartMax = 200;

    public override string ToString() => string.Join(", ", new[] { Name, Role, Organisation }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>"Name, role, organisation" as typed on a line: one part is the name, two name and organisation, three all.</summary>
    public static Person? Parse(string? line)
    {
        var parts = (line ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            0 => null,
            1 => new(parts[0], "", ""),
            2 => new(parts[0], "", parts[1]),
            _ => new(parts[0], parts[1], string.Join(", ", parts[2..])),
        };
    }
}
