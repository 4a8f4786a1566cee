namespace Juurru.Features.Surveys;

/// <summary>A named group of invitees (e.g. main projects, sub-projects): response rates and report filters are per group.</summary>
public sealed class RespondentGroup
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public required string Name { get; set; }
}
