namespace Juurru.Features.Surveys;

/// <summary>An open answer a coordinator picked to feature in the report (also in the published one).</summary>
public sealed class FeaturedQuote
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public long ResponseId { get; set; }
    public required string QuestionKey { get; set; }
    public DateTime CreatedAt { get; set; }
}
