namespace Juurru.Features.Shared;

/// <summary>
/// The loop of the background reminder checks: every few minutes a fresh scope runs one check that returns how many
/// messages it sent; a failed check is logged and tried again next time. Zero minutes turns the check off.
/// </summary>
public static class PeriodicCheck
{
    public static async Task RunAsync<TService>(IServiceScopeFactory scopes, int minutes, Func<TService, CancellationToken, Task<int>> check,
        ILogger log, string what, CancellationToken stoppingToken) where TService : notnull
    {
        if (minutes <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await check(scope.ServiceProvider.GetRequiredService<TService>(), stoppingToken);
                if (sent > 0) log.LogInformation("Sent {Count} {What}", sent, what);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The check for {What} failed; it runs again later", what);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
