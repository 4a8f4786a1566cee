using Juurru.Data;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Notifications;

public sealed class NotificationOptions
{
    /// <summary>How often the mailer looks for unsent notifications besides being woken by a save (other instances' saves, retries).</summary>
    public int MailCheckSeconds { get; set; } = 60;

    /// <summary>Notifications older than this are deleted: they are news, not a record (the practice's history is the record).</summary>
    public int KeepDays { get; set; } = 365;
}

/// <summary>
/// Sends the notifications waiting for e-mail. Each is claimed by a conditional update first, so that of several
/// instances only one sends it; a failed send is tried again later, five times in all.
/// </summary>
public sealed class NotificationMailer(JuurruDbContext db, IEmailSender email, IOptions<JuurruOptions> juurru, IOptions<NotificationOptions> options,
    IStringLocalizer<SharedResource> L, TimeProvider clock, ILogger<NotificationMailer> log)
{
    /// <summary>A claim older than this is taken as an instance that died while sending.</summary>
    private static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Sends what is due; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var abandoned = now - ClaimTimeout;
        var due = await db.Notifications.AsNoTracking()
            .Where(n => (n.Mail == MailState.Pending && (n.MailDueAt == null || n.MailDueAt <= now)) || (n.Mail == MailState.Sending && n.MailDueAt < abandoned))
            .OrderBy(n => n.Id).Select(n => n.Id).Take(200).ToListAsync(ct);
        var sent = 0;
        foreach (var id in due)
        {
            if (await db.Notifications.Where(n => n.Id == id && (n.Mail == MailState.Pending || (n.Mail == MailState.Sending && n.MailDueAt < abandoned)))
                    .ExecuteUpdateAsync(u => u.SetProperty(n => n.Mail, MailState.Sending).SetProperty(n => n.MailDueAt, now), ct) == 0) continue;
            var item = await db.Notifications.AsNoTracking().Where(n => n.Id == id)
                .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { Notification = n, u.Email, u.DisplayName }).SingleOrDefaultAsync(ct);
            if (item is null) continue;
            if (item.Email is null)
            {
                await SetAsync(id, MailState.NotWanted, item.Notification.MailAttempts, null, ct); // the account was deleted meanwhile
                continue;
            }
            try
            {
                await email.SendAsync(item.Email!, item.Notification.Subject, Text(item.Notification, item.DisplayName), ct);
                await SetAsync(id, MailState.Sent, item.Notification.MailAttempts + 1, null, ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var attempts = item.Notification.MailAttempts + 1;
                log.LogWarning(e, "Could not e-mail notification {Id} (attempt {Attempts} of {Max})", id, attempts, Notification.MaxAttempts);
                // Waits 2, 4, 8, 16 minutes between tries.
                await SetAsync(id, attempts >= Notification.MaxAttempts ? MailState.Failed : MailState.Pending, attempts,
                    now.AddMinutes(Math.Pow(2, attempts)), ct);
            }
        }
        return sent;
    }

    /// <summary>Deletes the notifications older than the kept period; returns how many.</summary>
    public Task<int> ForgetOldAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.KeepDays);
        return db.Notifications.Where(n => n.CreatedAt < before && n.Mail != MailState.Pending && n.Mail != MailState.Sending).ExecuteDeleteAsync(ct);
    }

    private Task SetAsync(long id, MailState state, int attempts, DateTime? due, CancellationToken ct) =>
        db.Notifications.Where(n => n.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(n => n.Mail, state).SetProperty(n => n.MailAttempts, attempts).SetProperty(n => n.MailDueAt, due), ct);

    private string Text(Notification n, string name) => Cultures.Using(n.Language, () =>
    {
        var site = $"{juurru.Value.PublicUrl.TrimEnd('/')}/{n.Language}";
        return string.Join("\n\n",
            L["Hello {0},", name].Value,
            n.Body,
            $"{site}/{n.Path}",
            "-- \n" + L["You get this message from Juurru. Choose which messages come by e-mail on your profile: {0}", $"{site}/account/profile#notifications"].Value);
    });
}

/// <summary>Sends notifications when a save wakes it and every <see cref="NotificationOptions.MailCheckSeconds"/>; forgets old ones once an hour.</summary>
public sealed class NotificationWorker(IServiceScopeFactory scopes, NotificationSignal signal, IOptions<NotificationOptions> options,
    TimeProvider clock, ILogger<NotificationWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.MailCheckSeconds;
        if (seconds <= 0) return;
        var forgotten = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var mailer = scope.ServiceProvider.GetRequiredService<NotificationMailer>();
                var sent = await mailer.SendDueAsync(stoppingToken);
                if (sent > 0) log.LogInformation("Sent {Count} notifications by e-mail", sent);
                if (clock.GetUtcNow() - forgotten > TimeSpan.FromHours(1))
                {
                    await mailer.ForgetOldAsync(stoppingToken);
                    forgotten = clock.GetUtcNow();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Sending notifications failed; it is tried again later");
            }
            await signal.WaitAsync(TimeSpan.FromSeconds(seconds), stoppingToken);
        }
    }
}
