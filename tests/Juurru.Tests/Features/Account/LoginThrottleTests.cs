using Juurru.Features.Account;
using Microsoft.Extensions.Time.Testing;

namespace Juurru.Tests.Features.Account;

public sealed class LoginThrottleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_first_five_failures_cost_nothing()
    {
        var throttle = new LoginThrottle(_clock);
        for (var i = 0; i < LoginThrottle.FreeFailures; i++) throttle.Failed("203.0.113.1", "a@example.org");

        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("203.0.113.1", "a@example.org"));
    }

    [Fact]
    public void Each_further_failure_doubles_the_wait_up_to_fifteen_minutes()
    {
        var throttle = new LoginThrottle(_clock);
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 20; i++)
        {
            throttle.Failed("203.0.113.1", "a@example.org");
            waits.Add(throttle.WaitFor("203.0.113.1", "a@example.org"));
        }

        Assert.Equal(TimeSpan.FromSeconds(2), waits[5]);
        Assert.Equal(TimeSpan.FromSeconds(4), waits[6]);
        Assert.Equal(TimeSpan.FromMinutes(15), waits[^1]);
    }

    [Fact]
    public void Another_client_and_another_account_are_not_slowed()
    {
        var throttle = new LoginThrottle(_clock);
        for (var i = 0; i < 10; i++) throttle.Failed("203.0.113.1", "a@example.org");

        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("198.51.100.7", "a@example.org"));
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("203.0.113.1", "b@example.org"));
        Assert.NotEqual(TimeSpan.Zero, throttle.WaitFor("203.0.113.1", " A@EXAMPLE.ORG"));
    }

    [Fact]
    public void The_wait_passes_with_time_and_a_success_forgets_the_failures()
    {
        var throttle = new LoginThrottle(_clock);
        for (var i = 0; i < 8; i++) throttle.Failed("203.0.113.1", "a@example.org");
        _clock.Advance(TimeSpan.FromSeconds(16));
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("203.0.113.1", "a@example.org"));

        throttle.Succeeded("203.0.113.1", "a@example.org");
        throttle.Failed("203.0.113.1", "a@example.org");
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("203.0.113.1", "a@example.org"));
    }
}
