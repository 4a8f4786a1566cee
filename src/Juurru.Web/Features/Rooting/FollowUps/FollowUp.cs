namespace Juurru.Features.Rooting.FollowUps;

public enum FollowUpState
{
    /// <summary>Waiting for its due date (or, past it, for someone to send it).</summary>
    Scheduled,
    /// <summary>Its survey went out; <see cref="FollowUp.SurveyId"/> names it.</summary>
    Sent,
    /// <summary>Due, but the project had no published practice or nobody to ask.</summary>
    NothingToAsk,
}

/// <summary>Where a follow-up stands on a given day, as coordinators and the dashboard read it.</summary>
public enum FollowUpPhase
{
    Upcoming,
    /// <summary>Past its due date and not sent.</summary>
    NotSent,
    /// <summary>Sent, the survey still takes answers, nobody has answered yet.</summary>
    Waiting,
    Answered,
    /// <summary>Sent, closed, and nobody answered.</summary>
    Unanswered,
    NothingToAsk,
}

/// <summary>
/// "Is it still in use?" asked a set number of months after a project ended (by default 12 and 24; the network's
/// coordinators set them). When due, it becomes a survey of the survey engine, one per follow-up, sent with personal
/// links to the project's contacts and to every organisation that adopted one of its practices.
/// </summary>
public sealed class FollowUp
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Projects.Project? Project { get; set; }
    public int NetworkId { get; set; }
    public int Months { get; set; }
    public DateOnly DueOn { get; set; }
    public FollowUpState State { get; set; }
    public DateTime? SentAt { get; set; }
    public int? SurveyId { get; set; }
    public Surveys.Survey? Survey { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>The phase from the state, the day and, once sent, whether the survey is closed and how many answered.</summary>
    public static FollowUpPhase PhaseOf(FollowUpState state, DateOnly dueOn, DateOnly today, bool closed, int answers) => state switch
    {
        FollowUpState.NothingToAsk => FollowUpPhase.NothingToAsk,
        FollowUpState.Scheduled => dueOn > today ? FollowUpPhase.Upcoming : FollowUpPhase.NotSent,
        _ when answers > 0 => FollowUpPhase.Answered,
        _ => closed ? FollowUpPhase.Unanswered : FollowUpPhase.Waiting,
    };

    /// <summary>Overdue: due and not sent, or sent and closed without an answer.</summary>
    public static bool IsOverdue(FollowUpPhase phase) => phase is FollowUpPhase.NotSent or FollowUpPhase.Unanswered;
}

/// <summary>Who a follow-up's invitation went to: the organisation they answer for (their answers update its adoptions).</summary>
public sealed class FollowUpRecipient
{
    public int Id { get; set; }
    public int FollowUpId { get; set; }
    public int InvitationId { get; set; }
    public int? OrganisationId { get; set; }

    /// <summary>True for an organisation with an adoption; false for the project's own contacts.</summary>
    public bool Adopter { get; set; }
}

/// <summary>Whether a practice is still in use, as a follow-up answer gives it.</summary>
public enum RootingUse
{
    Yes,
    Partly,
    No,
    /// <summary>The organisation never used it (an adopter of another practice of the project).</summary>
    Never,
    DontKnow,
}

/// <summary>
/// One organisation's answer about one practice in a follow-up: still in use or not, where it has taken root, who keeps
/// it going, why it stopped, and the evidence. The dashboard reads these; the adoptions are updated from them.
/// </summary>
public sealed class FollowUpAnswer
{
    public const int TextMax = 2_000;

    public int Id { get; set; }
    public int FollowUpId { get; set; }
    public int PracticeId { get; set; }
    public int? OrganisationId { get; set; }
    public RootingUse Use { get; set; }

    /// <summary>Where it has taken root, as the follow-up's choice values (strategy, curriculum, quality, daily, other).</summary>
    public List<string> Places { get; set; } = [];
    public string KeptBy { get; set; } = "";

    /// <summary>Why it stopped, or which parts were left out.</summary>
    public string Reason { get; set; } = "";
    public string EvidenceLink { get; set; } = "";

    /// <summary>The key of a file attached as evidence (a <see cref="Surveys.SurveyFile"/>).</summary>
    public string? EvidenceFile { get; set; }
    public DateTime AnsweredAt { get; set; }
}
