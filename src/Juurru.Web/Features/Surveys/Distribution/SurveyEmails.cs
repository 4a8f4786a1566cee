using System.Globalization;
using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Surveys.Distribution;

/// <summary>Invitations and reminders with the invitee's personal link, each in the invitee's language.</summary>
public sealed class SurveyEmails(IEmailSender email, IOptions<JuurruOptions> options, IStringLocalizer<SharedResource> L, ILogger<SurveyEmails> log)
{
    public Task<bool> InvitationAsync(Survey survey, Invitation invitation, CancellationToken ct) => SendAsync(survey, invitation, reminder: false, ct);

    public Task<bool> ReminderAsync(Survey survey, Invitation invitation, CancellationToken ct) => SendAsync(survey, invitation, reminder: true, ct);

    /// <summary>A message that cannot be sent is logged, not thrown: the coordinator sees it as not sent and can try again.</summary>
    private async Task<bool> SendAsync(Survey survey, Invitation invitation, bool reminder, CancellationToken ct)
    {
        var ui = CultureInfo.CurrentUICulture;
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(invitation.Language);
            var title = survey.Definition.Title.In(invitation.Language);
            var link = $"{options.Value.PublicUrl.TrimEnd('/')}/{invitation.Language}/s/{survey.LinkKey}?i={invitation.Token}";
            var closes = survey.ClosesAt is { } c ? L["Answers are taken until {0}.", Dates.DayAndTime(c)].Value : "";
            if (invitation.Regarding is { Length: > 0 } regarding) closes = L["You answer on behalf of {0}.", regarding].Value + " " + closes;
            var subject = reminder ? L["Reminder: {0}", title] : L["Survey: {0}", title];
            var body = L[reminder
                    ? "Hello,\n\nWe have not yet received your answers to the survey \"{0}\". Your answers matter to us. {1}\n\nYour personal link: {2}\n\nThe link is yours alone: please do not forward it."
                    : "Hello,\n\nYou are invited to answer the survey \"{0}\". {1}\n\nYour personal link: {2}\n\nThe link is yours alone: please do not forward it.",
                title, closes, link];
            await email.SendAsync(invitation.Email, subject, body, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not send the survey message to {To}", invitation.Email);
            return false;
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = culture;
        }
    }
}
