using System.Globalization;
using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Rooting.Adoptions;

/// <summary>
/// Asks the contact of every adoption that is due for confirmation (a year since it was last confirmed) whether the
/// practice is still in use, in the contact's language, with a link that needs no account. Each request is claimed by a
/// conditional update first, so several instances ask once.
/// </summary>
public sealed class ConfirmationRequests(JuurruDbContext db, IEmailSender email, IOptions<JuurruOptions> options, TimeProvider clock,
    IStringLocalizer<SharedResource> L, ILogger<ConfirmationRequests> log)
{
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var before = now.AddMonths(-Adoption.ConfirmEveryMonths);
        var due = await db.Adoptions.AsNoTracking()
            .Where(a => a.Status != AdoptionStatus.Stopped && a.ConfirmedAt <= before && a.ContactEmail != ""
                        && (a.ConfirmationRequestedAt == null || a.ConfirmationRequestedAt <= a.ConfirmedAt)
                        && a.Practice!.Status == Practices.PracticeStatus.Published
                        // An organisation asked about the practice in an open follow-up is not asked twice: its answer confirms.
                        && !db.FollowUpRecipients.Any(r => r.OrganisationId == a.OrganisationId
                            && db.FollowUps.Any(f => f.Id == r.FollowUpId && f.Survey!.ClosesAt > now && a.Practice.Projects.Any(p => p.Id == f.ProjectId))))
            .Select(a => new { a.Id, a.ConfirmedAt, a.Status, a.ContactEmail, a.ContactLanguage, a.Token, Practice = a.Practice!.Title, Organisation = a.Organisation!.Name })
            .ToListAsync(ct);
        var sent = 0;
        foreach (var a in due)
        {
            // The update is the claim: of several instances only one changes the row and sends.
            if (await db.Adoptions.Where(x => x.Id == a.Id && (x.ConfirmationRequestedAt == null || x.ConfirmationRequestedAt <= x.ConfirmedAt))
                    .ExecuteUpdateAsync(u => u.SetProperty(x => x.ConfirmationRequestedAt, now), ct) == 0) continue;
            if (await SendAsync(a.ContactEmail, a.ContactLanguage, a.Practice, a.Organisation, a.Status, a.ConfirmedAt, a.Token, ct)) sent++;
        }
        return sent;
    }

    private async Task<bool> SendAsync(string to, string language, string practice, string organisation, AdoptionStatus status, DateTime confirmedAt,
        string token, CancellationToken ct)
    {
        var (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(Cultures.IsSupported(language) ? language : Cultures.Default);
            var link = $"{options.Value.PublicUrl.TrimEnd('/')}/{Cultures.Current}/adoptions/{token}";
            var subject = L["Is {0} still in use at {1}?", practice, organisation];
            var body = L["Hello,\n\n{1} reported on {2} that the practice \"{0}\" is {3} there. Is that still so? Please tell us with the link below; it takes a minute and needs no account.\n\n{4}\n\nThe answer shows on the practice's page in Juurru, so that others know where it lives.",
                practice, organisation, Dates.Day(confirmedAt), L[AdoptionLabels.Status(status)], link];
            await email.SendAsync(to, subject, body, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not ask {To} to confirm an adoption", to);
            return false;
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, culture);
        }
    }
}
