namespace Juurru.Features.Surveys;

public enum SurveyState
{
    /// <summary>No opening time set: only its managers can preview it.</summary>
    Draft,
    NotYetOpen,
    Open,
    Closed,
}
