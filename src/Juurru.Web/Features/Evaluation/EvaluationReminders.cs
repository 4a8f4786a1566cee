using Juurru.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Evaluation;

/// <summary>Reminds evaluators whose forms are not submitted; each evaluator of a round once automatically, again only when a coordinator asks.</summary>
public sealed class EvaluationReminders(JuurruDbContext db, EvaluationEmails emails, TimeProvider clock, IOptions<EvaluationOptions> options)
{
    /// <summary>The automatic reminder: open rounds whose deadline is near, evaluators not yet reminded. Returns the number of messages sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var horizon = today.AddDays(options.Value.ReminderDaysBefore);
        var rounds = await db.EvaluationRounds.Where(r => r.Status == RoundStatus.Open && r.Deadline >= today && r.Deadline <= horizon)
            .Select(r => r.Id).ToListAsync(ct);
        var sent = 0;
        foreach (var id in rounds) sent += await RemindAsync(id, onlyOnce: true, ct);
        return sent;
    }

    /// <summary>Reminds every evaluator of the round with unsubmitted forms. With <paramref name="onlyOnce"/>, skips those already reminded.</summary>
    public async Task<int> RemindAsync(int roundId, bool onlyOnce, CancellationToken ct)
    {
        var round = await db.EvaluationRounds.AsNoTracking().SingleAsync(r => r.Id == roundId, ct);
        var pending = await db.Assignments
            .Where(a => a.RoundId == roundId && a.GroupLabel == null && a.Status != AssignmentStatus.Submitted)
            .GroupBy(a => new { a.EvaluatorId, a.Phase }).Select(g => new { g.Key.EvaluatorId, g.Key.Phase, Count = g.Count() })
            .ToListAsync(ct);
        var sent = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var p in pending)
        {
            var claim = db.RoundEvaluators.Where(e => e.RoundId == roundId && e.UserId == p.EvaluatorId && e.Phase == p.Phase);
            if (onlyOnce) claim = claim.Where(e => e.RemindedAt == null);
            // The update is the claim: of several app instances only one changes the row and sends.
            if (await claim.ExecuteUpdateAsync(s => s.SetProperty(e => e.RemindedAt, now), ct) == 0) continue;
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == p.EvaluatorId, ct);
            if (user.Email is null) continue; // the evaluator deleted their account
            if (await emails.ReminderAsync(round, user, p.Count, ct)) sent++;
        }
        return sent;
    }
}

/// <summary>Runs the reminder check periodically in the background.</summary>
public sealed class EvaluationReminderWorker(IServiceScopeFactory scopes, IOptions<EvaluationOptions> options, ILogger<EvaluationReminderWorker> log)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Shared.PeriodicCheck.RunAsync<EvaluationReminders>(scopes, options.Value.ReminderCheckMinutes, (r, ct) => r.SendDueAsync(ct), log, "evaluation reminders", stoppingToken);
}
