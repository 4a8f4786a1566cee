namespace Juurru.Features.Notifications;

/// <summary>What a notification is about; each kind can be kept off e-mail by its recipient (<see cref="NotificationOptOut"/>).</summary>
public enum NotificationKind
{
    /// <summary>To the network's coordinators: a practice waits for publication.</summary>
    PracticeSubmitted,
    /// <summary>To the practice's editors (the members of its projects).</summary>
    PracticePublished,
    /// <summary>To the practice's editors, with the coordinator's reason.</summary>
    PracticeReturned,
    /// <summary>To the person added to a project.</summary>
    AddedToProject,
    /// <summary>To the editors of a practice an evaluation round decided on.</summary>
    EvaluationDecision,
    /// <summary>To those who can accept a request to join a project or an organisation.</summary>
    JoinRequested,
    /// <summary>To the person who asked to join: accepted or declined.</summary>
    JoinAnswered,
}

/// <summary>Where a notification's e-mail stands. Written in the same transaction as the change it tells of (an outbox), sent after.</summary>
public enum MailState
{
    /// <summary>The recipient keeps this kind off e-mail: shown on their page only.</summary>
    NotWanted,
    Pending,
    /// <summary>Claimed by one instance's mailer; a claim older than a few minutes is taken as a crash and tried again.</summary>
    Sending,
    Sent,
    /// <summary>Given up after <see cref="Notification.MaxAttempts"/> tries; still on the recipient's page.</summary>
    Failed,
}

/// <summary>
/// One message to one person, written in their language when the thing happened: listed on their notifications page
/// and, unless they turned the kind off, sent by e-mail. Removed after a year (<see cref="NotificationMailer"/>).
/// </summary>
public sealed class Notification
{
    public const int MaxAttempts = 5;

    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public NotificationKind Kind { get; set; }
    /// <summary>The recipient's language when it was written: its e-mail links to the pages in that language.</summary>
    public string Language { get; set; } = Localization.Cultures.Default;
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>The page it is about, without the language: e.g. "practices/12".</summary>
    public string Path { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
    public MailState Mail { get; set; }
    public int MailAttempts { get; set; }
    /// <summary>When the mailer may try (again): after a failure, later each time; while sending, when the claim was made.</summary>
    public DateTime? MailDueAt { get; set; }
}

/// <summary>A kind of notification a person does not want by e-mail. Only the exceptions are stored: everything is on by default.</summary>
public sealed class NotificationOptOut
{
    public string UserId { get; set; } = "";
    public NotificationKind Kind { get; set; }
}
