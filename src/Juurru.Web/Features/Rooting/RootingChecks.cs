using Juurru.Features.Rooting.Adoptions;
using Juurru.Features.Rooting.FollowUps;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Rooting;

/// <summary>The periodic work of rooting: schedule the follow-ups of ended projects, send the due ones, ask adoptions due for confirmation.</summary>
public sealed class RootingChecks(FollowUpSender followUps, ConfirmationRequests confirmations)
{
    /// <summary>Returns how many messages went out.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        await followUps.ScheduleAsync(ct);
        return await followUps.SendDueAsync(ct) + await confirmations.SendDueAsync(ct);
    }
}

public sealed class RootingWorker(IServiceScopeFactory scopes, IOptions<RootingOptions> options, ILogger<RootingWorker> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Shared.PeriodicCheck.RunAsync<RootingChecks>(scopes, options.Value.CheckMinutes, (c, ct) => c.RunAsync(ct), log, "rooting follow-ups and confirmation requests", stoppingToken);
}
