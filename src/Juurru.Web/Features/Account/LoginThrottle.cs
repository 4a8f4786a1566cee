using System.Collections.Concurrent;

namespace Juurru.Features.Account;

/// <summary>
/// Failed sign-ins slow down the client that makes them, per account: after five failures each further try from that
/// client for that account waits twice as long as the one before (2 s, 4 s, … at most 15 minutes). Unlike a lockout,
/// an outsider's guesses cannot keep the owner out, because the owner signs in from another client; the per-address
/// rate limit and the password rules bound what many clients can guess together. Kept in memory: a restart forgives.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    public const int FreeFailures = 5;
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<(string Client, string Account), (int Failures, DateTimeOffset Until)> _failures = new();

    /// <summary>How long the client must still wait before its next try for this account is even checked.</summary>
    public TimeSpan WaitFor(string client, string account) =>
        _failures.TryGetValue(Key(client, account), out var entry) && entry.Until > clock.GetUtcNow() ? entry.Until - clock.GetUtcNow() : TimeSpan.Zero;

    public void Failed(string client, string account)
    {
        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(Key(client, account), _ => (1, now), (_, entry) =>
        {
            var failures = entry.Failures + 1;
            var wait = failures <= FreeFailures ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(Longest.TotalSeconds, Math.Pow(2, failures - FreeFailures)));
            return (failures, now + wait);
        });
        if (_failures.Count > 100_000) Forget(now);
    }

    public void Succeeded(string client, string account) => _failures.TryRemove(Key(client, account), out _);

    private static (string, string) Key(string client, string account) => (client, account.Trim().ToUpperInvariant());

    // Bounded memory under a flood of made-up addresses: entries whose wait has passed long ago go.
    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, entry) in _failures)
        {
            if (entry.Until < now - Longest) _failures.TryRemove(key, out _);
        }
    }
}
