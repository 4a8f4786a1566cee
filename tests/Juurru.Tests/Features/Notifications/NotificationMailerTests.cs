using Juurru.Data;
using Juurru.Features.Notifications;
using Juurru.Identity;
using Juurru.Localization;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Juurru.Tests.Features.Notifications;

/// <summary>The outbox's sending: once per notification whatever the number of instances, again later after a failure, and never for ever.</summary>
public sealed class NotificationMailerTests
{
    /// <summary>The background mailer off: the test runs the mailer itself.</summary>
    private static readonly Dictionary<string, string> Manual = new() { ["Juurru:Notifications:MailCheckSeconds"] = "0" };

    private sealed class CountingSender(bool fail) : IEmailSender
    {
        public int Attempts;

        public Task SendAsync(string to, string subject, string textBody, CancellationToken ct = default)
        {
            Interlocked.Increment(ref Attempts);
            if (fail) throw new IOException("The mail server is down.");
            return Task.Delay(20, ct); // long enough for two mailers to overlap
        }
    }

    private static async Task<long> PendingAsync(JuurruApp app, User user, DateTime createdAt) => await app.WithDbAsync(async ctx =>
    {
        var n = new Notification { UserId = user.Id, Kind = NotificationKind.PracticePublished, Subject = "Julkaistu: X", Body = "X", Path = "practices/1", CreatedAt = createdAt, Mail = MailState.Pending };
        ctx.Notifications.Add(n);
        await ctx.SaveChangesAsync();
        return n.Id;
    });

    private static NotificationMailer Mailer(IServiceScope scope, IEmailSender sender, TimeProvider clock) => new(
        scope.ServiceProvider.GetRequiredService<JuurruDbContext>(), sender, scope.ServiceProvider.GetRequiredService<IOptions<JuurruOptions>>(),
        scope.ServiceProvider.GetRequiredService<IOptions<NotificationOptions>>(), scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>(),
        clock, NullLogger<NotificationMailer>.Instance);

    [Theory, Databases]
    public async Task Two_instances_send_a_notification_once(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db, settings: Manual);
        var user = await app.OutsiderAsync();
        for (var i = 0; i < 5; i++) await PendingAsync(app, user, DateTime.UtcNow);
        var sender = new CountingSender(fail: false);
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();

        var sent = await Task.WhenAll(Mailer(first, sender, TimeProvider.System).SendDueAsync(default), Mailer(second, sender, TimeProvider.System).SendDueAsync(default));

        Assert.Equal(5, sent.Sum());
        Assert.Equal(5, sender.Attempts);
        Assert.All(await app.WithDbAsync(ctx => ctx.Notifications.ToListAsync()), n => Assert.Equal(MailState.Sent, n.Mail));
    }

    [Theory, Databases]
    public async Task A_failed_send_is_tried_again_later_and_given_up_after_five_tries(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db, settings: Manual);
        var user = await app.OutsiderAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var id = await PendingAsync(app, user, clock.GetUtcNow().UtcDateTime);
        var sender = new CountingSender(fail: true);
        await using var scope = app.Services.CreateAsyncScope();
        var mailer = Mailer(scope, sender, clock);

        Assert.Equal(0, await mailer.SendDueAsync(default));
        Assert.Equal(0, await mailer.SendDueAsync(default)); // not again at once
        Assert.Equal(1, sender.Attempts);
        for (var attempt = 2; attempt <= 6; attempt++)
        {
            clock.Advance(TimeSpan.FromMinutes(40));
            await mailer.SendDueAsync(default);
        }

        Assert.Equal(Notification.MaxAttempts, sender.Attempts);
        var n = await app.WithDbAsync(ctx => ctx.Notifications.SingleAsync(x => x.Id == id));
        Assert.Equal(MailState.Failed, n.Mail);
        Assert.Equal(Notification.MaxAttempts, n.MailAttempts);
    }

    [Theory, Databases]
    public async Task Notifications_older_than_a_year_are_forgotten(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db, settings: Manual);
        var user = await app.OutsiderAsync();
        var old = await PendingAsync(app, user, DateTime.UtcNow.AddDays(-400));
        var recent = await PendingAsync(app, user, DateTime.UtcNow.AddDays(-10));
        await app.WithDbAsync(ctx => ctx.Notifications.ExecuteUpdateAsync(u => u.SetProperty(n => n.Mail, MailState.Sent)));
        await using var scope = app.Services.CreateAsyncScope();

        Assert.Equal(1, await Mailer(scope, new CountingSender(false), TimeProvider.System).ForgetOldAsync(default));

        Assert.Equal([recent], await app.WithDbAsync(ctx => ctx.Notifications.Select(n => n.Id).ToListAsync()));
        Assert.NotEqual(old, recent);
    }
}
