using System.Globalization;
using System.Threading.Channels;

namespace Juurru.Features.Account;

/// <summary>
/// Account messages (confirmation, password reset, "you already have an account") are sent after the answer, so the
/// sign-up and reset pages take as long whether or not an address has an account; a slow mail server cannot tell.
/// </summary>
public sealed class AccountMailQueue(IServiceScopeFactory scopes, ILogger<AccountMailQueue> log) : BackgroundService
{
    private readonly Channel<(CultureInfo Culture, Func<AccountEmails, CancellationToken, Task> Send)> _queue =
        Channel.CreateUnbounded<(CultureInfo, Func<AccountEmails, CancellationToken, Task>)>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a message; it is written in the language of the page that asked for it.</summary>
    public void Enqueue(Func<AccountEmails, CancellationToken, Task> send) => _queue.Writer.TryWrite((CultureInfo.CurrentUICulture, send));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (culture, send) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await send(scope.ServiceProvider.GetRequiredService<AccountEmails>(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "An account message could not be sent.");
            }
        }
    }
}
