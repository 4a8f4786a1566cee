using Juurru.Data;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Surveys.Distribution;

/// <summary>
/// Invitations and reminders of a survey's invitees: sent by a coordinator's button, and the automatic reminder the
/// coordinator may set a number of days before the survey closes (sent once, by whichever instance claims it first).
/// </summary>
public sealed class SurveyMailing(JuurruDbContext db, SurveyEmails emails, TimeProvider clock)
{
    /// <summary>Invites everyone not yet invited; returns how many were sent and how many could not be.</summary>
    public Task<(int Sent, int Failed)> InviteAsync(Survey survey, CancellationToken ct) => MailAsync(survey, reminders: false, ct);

    /// <summary>Reminds everyone invited who has not answered.</summary>
    public Task<(int Sent, int Failed)> RemindAsync(Survey survey, CancellationToken ct) => MailAsync(survey, reminders: true, ct);

    /// <summary>The automatic reminders due now: open surveys closing within their set number of days, not yet reminded.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.Surveys.AsNoTracking()
            .Where(s => s.ReminderDaysBefore != null && s.AutoRemindedAt == null && s.OpensAt <= now && s.ClosesAt > now).ToListAsync(ct);
        var sent = 0;
        foreach (var survey in candidates.Where(s => s.ClosesAt!.Value.AddDays(-s.ReminderDaysBefore!.Value) <= now))
        {
            // The update is the claim: of several instances only one changes the row and sends.
            if (await db.Surveys.Where(s => s.Id == survey.Id && s.AutoRemindedAt == null)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.AutoRemindedAt, now), ct) == 0) continue;
            sent += (await RemindAsync(survey, ct)).Sent;
        }
        return sent;
    }

    private async Task<(int Sent, int Failed)> MailAsync(Survey survey, bool reminders, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var to = await db.SurveyInvitations.Where(i => i.SurveyId == survey.Id && (reminders ? i.SentAt != null && !i.Answered : i.SentAt == null)).ToListAsync(ct);
        var sent = 0;
        foreach (var invitation in to)
        {
            if (!await (reminders ? emails.ReminderAsync(survey, invitation, ct) : emails.InvitationAsync(survey, invitation, ct))) continue;
            sent++;
            // In an anonymous survey who was reminded, and when anyone was invited, would tell answers apart by their
            // day (answered before or after a reminder): only the day of the invitation is kept, and no reminders.
            if (!reminders) invitation.SentAt = ResponseRecord.Time(survey.Anonymity, now);
            else if (survey.Anonymity != Anonymity.Anonymous)
            {
                invitation.RemindedAt = now;
                invitation.Reminders++;
            }
            // Saved after each message: a crash halfway does not send the first ones again.
            await db.SaveChangesAsync(ct);
        }
        return (sent, to.Count - sent);
    }
}
