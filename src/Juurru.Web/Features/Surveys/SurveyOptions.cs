namespace Juurru.Features.Surveys;

public sealed class SurveyOptions
{
    /// <summary>How often the automatic reminder check runs; 0 turns it off (tests, a second instance).</summary>
    public int ReminderCheckMinutes { get; set; } = 60;
}
