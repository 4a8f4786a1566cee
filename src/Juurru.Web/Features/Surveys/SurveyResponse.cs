namespace Juurru.Features.Surveys;

public enum ResponseStatus
{
    InProgress,
    Submitted,
}

/// <summary>
/// One respondent's answers to one survey. <see cref="Key"/> is generated when the first page is shown and posted back
/// with every page: it makes a repeated post the same response (a double submit stores one), and it is the respondent's
/// link for continuing later. No address or other identifying data is stored for anonymous surveys.
/// </summary>
public sealed class SurveyResponse
{
    /// <summary>A new unguessable response key (32 hex digits).</summary>
    public static string NewKey() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public long Id { get; set; }
    public int SurveyId { get; set; }
    public required string Key { get; set; }
    public ResponseStatus Status { get; set; }
    public string Language { get; set; } = "fi";
    public string AnswersJson { get; set; } = "{}";
    public DateTime StartedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }

    /// <summary>The invitee group the respondent came through (null: the open link).</summary>
    public int? GroupId { get; set; }

    /// <summary>The invitation, kept after sending only in a named survey (until then it lets the personal link resume).</summary>
    public int? InvitationId { get; set; }

    /// <summary>Pseudonymous surveys: the code that pairs this person's answers across surveys of the network.</summary>
    public string? RespondentCode { get; set; }

    /// <summary>Named surveys answered through the open link: the name the respondent gave.</summary>
    public string? RespondentName { get; set; }
}
