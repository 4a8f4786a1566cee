using Microsoft.Extensions.Options;

namespace Juurru.Features.Surveys.Distribution;

/// <summary>Runs the automatic reminder check periodically in the background.</summary>
public sealed class SurveyReminderWorker(IServiceScopeFactory scopes, IOptions<SurveyOptions> options, ILogger<SurveyReminderWorker> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Shared.PeriodicCheck.RunAsync<SurveyMailing>(scopes, options.Value.ReminderCheckMinutes, (m, ct) => m.SendDueAsync(ct), log, "survey reminders", stoppingToken);
}
