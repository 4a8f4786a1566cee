namespace Juurru.Features.Surveys;

public enum SurveyAction
{
    /// <summary>Opened for answers at once ("open now").</summary>
    Opened,
    /// <summary>Closed at once ("close now").</summary>
    Closed,
    /// <summary>One response deleted (a test answer); <see cref="SurveyHistoryEntry.Count"/> is 1.</summary>
    ResponseDeleted,
    /// <summary>Every response deleted before answering for real; the count says how many.</summary>
    ResponsesEmptied,
}

/// <summary>
/// What a survey's managers did that cannot be seen from the survey itself afterwards: who deleted answers, how many and
/// when. It names no respondent and keeps nothing of the deleted answers.
/// </summary>
public sealed class SurveyHistoryEntry
{
    public long Id { get; set; }
    public int SurveyId { get; set; }
    public DateTime At { get; set; }
    public SurveyAction Action { get; set; }
    public int Count { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";

    /// <summary>An entry for what the signed-in user did now; the name is kept as it was, so the entry outlives a renamed or removed account.</summary>
    public static SurveyHistoryEntry Of(int surveyId, SurveyAction action, int count, Identity.CurrentUser user, DateTime at) => new()
    {
        SurveyId = surveyId, Action = action, Count = count, At = at, UserId = user.Id, UserName = Shorten(user.Name),
    };

    private static string Shorten(string name) => name.Length <= 200 ? name : name[..200];
}
