using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Rooting.Adoptions;
using Juurru.Features.Surveys.Distribution;
using Juurru.Features.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Rooting.FollowUps;

public sealed class RootingOptions
{
    /// <summary>How often the follow-up and confirmation check runs; 0 turns it off (tests, a second instance if wanted).</summary>
    public int CheckMinutes { get; set; } = 60;

    /// <summary>A follow-up goes out by itself up to this many days after its due date; older ones wait for a coordinator.</summary>
    public int AutoSendWindowDays { get; set; } = 90;

    /// <summary>How long a follow-up survey takes answers.</summary>
    public int AnswerDays { get; set; } = 30;

    /// <summary>Those who have not answered are reminded this many days before the follow-up closes.</summary>
    public int ReminderDaysBefore { get; set; } = 7;
}

/// <summary>
/// Schedules the follow-ups of ended projects and sends the due ones. Sending is claimed by a conditional update in the
/// same transaction that creates the survey and its invitations, so with several instances on one database each
/// follow-up becomes one survey and its invitations go out once.
/// </summary>
public sealed class FollowUpSender(JuurruDbContext db, SurveyMailing mailing, TimeProvider clock, IOptions<RootingOptions> options, ILogger<FollowUpSender> log)
{
    /// <summary>Group names of the follow-up's invitees (the survey's response rates are per group).</summary>
    public const string ContactsGroup = "Hankkeen yhteyshenkilöt", AdoptersGroup = "Käyttöönottaneet organisaatiot";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>
    /// Brings the unsent follow-ups in line with the projects' end dates and the networks' months: adds the missing
    /// ones, moves their due dates, removes those no longer wanted. Sent ones are never touched.
    /// </summary>
    public async Task ScheduleAsync(CancellationToken ct)
    {
        var today = Today;
        var months = await db.Networks.AsNoTracking().ToDictionaryAsync(n => n.Id, n => n.FollowUpMonths, ct);
        var projects = await db.Projects.AsNoTracking().Select(p => new { p.Id, p.NetworkId, p.EndDate }).ToListAsync(ct);
        var existing = (await db.FollowUps.ToListAsync(ct)).ToLookup(f => f.ProjectId);
        foreach (var project in projects)
        {
            var wanted = FollowUpSchedule.For(project.EndDate, months.GetValueOrDefault(project.NetworkId, [.. FollowUpSchedule.DefaultMonths]), today);
            var have = existing[project.Id].ToList();
            foreach (var f in have.Where(f => f.State == FollowUpState.Scheduled))
            {
                var match = wanted.Where(w => w.Months == f.Months).Select(w => (DateOnly?)w.DueOn).FirstOrDefault();
                if (match is null) db.FollowUps.Remove(f);
                else f.DueOn = match.Value;
            }
            foreach (var (m, due) in wanted.Where(w => have.All(f => f.Months != w.Months)))
            {
                db.FollowUps.Add(new FollowUp { ProjectId = project.Id, NetworkId = project.NetworkId, Months = m, DueOn = due, CreatedAt = Now });
            }
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            // Another instance scheduled the same follow-ups a moment earlier (a unique index on project and months).
            log.LogInformation(e, "Follow-ups were scheduled by another instance meanwhile");
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Sends every follow-up that is due and within the window; returns the number of invitations sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var today = Today;
        var window = options.Value.AutoSendWindowDays;
        var due = await db.FollowUps.AsNoTracking().Where(f => f.State == FollowUpState.Scheduled && f.DueOn <= today)
            .Select(f => new { f.Id, f.DueOn }).ToListAsync(ct);
        var sent = 0;
        foreach (var f in due.Where(f => FollowUpSchedule.SendsItself(f.DueOn, today, window))) sent += await SendAsync(f.Id, ct);
        return sent;
    }

    /// <summary>
    /// Sends one follow-up now (due or, by a coordinator, past the window). Returns the invitations sent; 0 when another
    /// instance claimed it first or there was nothing to ask.
    /// </summary>
    public async Task<int> SendAsync(int followUpId, CancellationToken ct)
    {
        var now = Now;
        var followUp = await db.FollowUps.AsNoTracking().Include(f => f.Project).ThenInclude(p => p!.LeadOrganisation)
            .SingleOrDefaultAsync(f => f.Id == followUpId, ct);
        if (followUp is null || followUp.State != FollowUpState.Scheduled) return 0;
        var project = followUp.Project!;
        var practices = await db.Practices.AsNoTracking().Where(p => p.Status == PracticeStatus.Published && p.Projects.Any(x => x.Id == project.Id))
            .OrderBy(p => p.SortKey).Select(p => new { p.Id, p.Title, p.Language }).ToListAsync(ct);
        var practiceIds = practices.Select(p => p.Id).ToList();
        // Practices mostly in Swedish: the project's contacts get Swedish messages.
        var contactLanguage = practices.Count > 0 && practices.Count(p => p.Language == "sv") * 2 > practices.Count ? "sv" : "fi";
        var invitees = new List<(string Email, string? Name, string Language, int? OrganisationId, string? Organisation, bool Adopter)>();
        foreach (var c in project.Contacts.Where(c => !string.IsNullOrWhiteSpace(c.Email)))
            invitees.Add((c.Email!.Trim(), c.Name, contactLanguage, project.LeadOrganisationId, project.LeadOrganisation?.Name, false));
        var adopters = await db.Adoptions.AsNoTracking().Where(a => practiceIds.Contains(a.PracticeId) && a.Status != AdoptionStatus.Stopped && a.ContactEmail != "")
            .OrderBy(a => a.Id).Select(a => new { a.ContactEmail, a.ContactName, a.ContactLanguage, a.OrganisationId, a.Organisation!.Name }).ToListAsync(ct);
        foreach (var a in adopters) invitees.Add((a.ContactEmail, a.ContactName, a.ContactLanguage, a.OrganisationId, a.Name, true));
        // One invitation per address (the first role wins): an address answers once.
        invitees = invitees.DistinctBy(i => i.Email.ToLowerInvariant()).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var nothingToAsk = practices.Count == 0 || invitees.Count == 0;
        var claimed = await db.FollowUps.Where(f => f.Id == followUpId && f.State == FollowUpState.Scheduled)
            .ExecuteUpdateAsync(u => u.SetProperty(f => f.State, nothingToAsk ? FollowUpState.NothingToAsk : FollowUpState.Sent).SetProperty(f => f.SentAt, now), ct);
        if (claimed == 0) return 0;
        if (nothingToAsk)
        {
            await transaction.CommitAsync(ct);
            log.LogInformation("Follow-up {Id} of project {Project} had nothing to ask: {Practices} practices, {Invitees} invitees", followUpId, project.Id, practices.Count, invitees.Count);
            return 0;
        }

        var survey = new Survey
        {
            NetworkId = followUp.NetworkId, Anonymity = Anonymity.Named, OpensAt = now, ClosesAt = now.AddDays(options.Value.AnswerDays),
            ReminderDaysBefore = options.Value.ReminderDaysBefore, CreatedAt = now, UpdatedAt = now,
        };
        var name = project.Name.Length > 200 ? project.Name[..200] : project.Name;
        survey.Define(FollowUpSurvey.Build(name, followUp.Months, practices.Select(p => new FollowUpSurvey.PracticeItem(p.Id, p.Title)).ToList()));
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(ct);
        var contacts = new RespondentGroup { SurveyId = survey.Id, Name = ContactsGroup };
        var adopting = new RespondentGroup { SurveyId = survey.Id, Name = AdoptersGroup };
        db.RespondentGroups.AddRange(contacts, adopting);
        var invitations = invitees.Select(i => (Invitee: i, Invitation: new Invitation
        {
            SurveyId = survey.Id, Group = i.Adopter ? adopting : contacts, Email = i.Email, Name = i.Name, Language = i.Language, Regarding = i.Organisation,
        })).ToList();
        db.SurveyInvitations.AddRange(invitations.Select(x => x.Invitation));
        await db.SaveChangesAsync(ct);
        db.FollowUpRecipients.AddRange(invitations.Select(x => new FollowUpRecipient
        {
            FollowUpId = followUpId, InvitationId = x.Invitation.Id, OrganisationId = x.Invitee.OrganisationId, Adopter = x.Invitee.Adopter,
        }));
        await db.SaveChangesAsync(ct);
        await db.FollowUps.Where(f => f.Id == followUpId).ExecuteUpdateAsync(u => u.SetProperty(f => f.SurveyId, survey.Id), ct);
        await transaction.CommitAsync(ct);

        // Mail after the commit: a message is never sent for a survey that does not exist.
        var (mailed, failed) = await mailing.InviteAsync(survey, ct);
        if (failed > 0) log.LogWarning("Follow-up {Id}: {Failed} invitations could not be sent; the coordinator can send them again", followUpId, failed);
        return mailed;
    }
}
