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
    public long Id { get; set; }
    public int SurveyId { get; set; }
    public required string Key { get; set; }
    public ResponseStatus Status { get; set; }
    public string Language { get; set; } = "fi";
    public string AnswersJson { get; set; } = "{}";
    public DateTime StartedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
}
