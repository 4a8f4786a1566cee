using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Juurru.Features.Telemetry;

/// <summary>
/// Juurru's own measurements, beside ASP.NET Core's request rates and durations: how survey answers are written, how
/// long searches take, and mail that could not be sent. Measured always (a meter nobody listens to costs nearly nothing);
/// exported only when telemetry is configured (<see cref="TelemetryFeature"/>).
/// </summary>
public sealed class JuurruTelemetry
{
    public const string Name = "Juurru";

    /// <summary>Spans of Juurru's own work inside a request (a search) or outside one (a group commit of answers).</summary>
    public static readonly ActivitySource Activities = new(Name);

    public JuurruTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        SurveyResponses = meter.CreateCounter<long>("juurru.survey.responses", "{response}",
            "Survey answer pages handled by the writer, by outcome: stored, already_sent, failed.");
        SurveyWrites = meter.CreateHistogram<double>("juurru.survey.write.duration", "s",
            "Time of one group commit of survey answers.");
        Searches = meter.CreateHistogram<double>("juurru.search.duration", "s",
            "Time of one search of the method bank, by kind.");
        EmailFailures = meter.CreateCounter<long>("juurru.email.failures", "{message}",
            "E-mail messages that could not be handed to the mail server.");
    }

    public Counter<long> SurveyResponses { get; }
    public Histogram<double> SurveyWrites { get; }
    public Histogram<double> Searches { get; }
    public Counter<long> EmailFailures { get; }
}
