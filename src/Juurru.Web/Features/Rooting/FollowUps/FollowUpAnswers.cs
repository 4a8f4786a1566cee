using Juurru.Data;
using Juurru.Features.Rooting.Adoptions;
using Juurru.Features.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Rooting.FollowUps;

/// <summary>
/// Reads a sent follow-up response, in the transaction that stores it: each practice's answer is kept as a
/// <see cref="FollowUpAnswer"/> and updates the organisation's adoption (in use, or stopped with the reason; created
/// when an organisation says it uses one it had not reported), and so the practice's rooting status.
/// </summary>
public sealed class FollowUpAnswers(TimeProvider clock) : ISubmissionHandler
{
    public async Task HandleAsync(JuurruDbContext db, IReadOnlyList<SurveyResponse> sent, CancellationToken ct)
    {
        var surveyIds = sent.Select(r => r.SurveyId).Distinct().ToList();
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.SurveyId != null && surveyIds.Contains(f.SurveyId.Value)).ToListAsync(ct);
        if (followUps.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var definitions = await db.Surveys.AsNoTracking().Where(s => followUps.Select(f => f.SurveyId).Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Definition, ct);
        var invitationIds = sent.Where(r => r.InvitationId is not null).Select(r => r.InvitationId!.Value).ToList();
        var recipients = await db.FollowUpRecipients.AsNoTracking().Where(r => invitationIds.Contains(r.InvitationId))
            .Join(db.SurveyInvitations, r => r.InvitationId, i => i.Id, (r, i) => new { r.InvitationId, r.OrganisationId, i.Email, i.Name, i.Language })
            .ToDictionaryAsync(r => r.InvitationId, ct);
        var touched = new HashSet<int>();
        foreach (var response in sent)
        {
            var followUp = followUps.FirstOrDefault(f => f.SurveyId == response.SurveyId);
            if (followUp is null) continue;
            var recipient = response.InvitationId is { } id ? recipients.GetValueOrDefault(id) : null;
            var answers = Answers.FromJson(response.AnswersJson);
            var organisationId = recipient?.OrganisationId;
            foreach (var practiceId in FollowUpSurvey.PracticeIds(definitions[followUp.SurveyId!.Value]))
            {
                if (FollowUpSurvey.UseOf(answers.Single(FollowUpSurvey.Use(practiceId))) is not { } use) continue;
                var reason = use == RootingUse.No ? answers.Single(FollowUpSurvey.Why(practiceId)) : answers.Single(FollowUpSurvey.Left(practiceId));
                // An organisation's later answer replaces its earlier one; answers without an organisation are kept side by side.
                var answer = organisationId is { } answering
                    ? await db.FollowUpAnswers.SingleOrDefaultAsync(a => a.FollowUpId == followUp.Id && a.PracticeId == practiceId && a.OrganisationId == answering, ct)
                    : null;
                if (answer is null) db.FollowUpAnswers.Add(answer = new FollowUpAnswer { FollowUpId = followUp.Id, PracticeId = practiceId, OrganisationId = organisationId });
                answer.Use = use;
                answer.Places = [.. answers.Get(FollowUpSurvey.Where(practiceId))];
                answer.KeptBy = Clip(answers.Single(FollowUpSurvey.Who(practiceId)));
                answer.Reason = Clip(reason);
                answer.EvidenceLink = Clip(answers.Single(FollowUpSurvey.Link(practiceId)));
                answer.EvidenceFile = answers.Single(FollowUpSurvey.File(practiceId));
                answer.AnsweredAt = now;
                if (organisationId is { } org && recipient is not null && await UpdateAdoptionAsync(db, practiceId, org, use, reason, recipient.Email, recipient.Name, recipient.Language, now, ct))
                    touched.Add(practiceId);
            }
        }
        await db.SaveChangesAsync(ct);
        await AdoptionWork.RefreshAsync(db, touched, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Yes and partly mean in use, no means stopped; never and don't know change nothing. True when the adoption changed.</summary>
    private static async Task<bool> UpdateAdoptionAsync(JuurruDbContext db, int practiceId, int organisationId, RootingUse use, string? reason,
        string email, string? name, string language, DateTime now, CancellationToken ct)
    {
        AdoptionStatus? status = use switch
        {
            RootingUse.Yes or RootingUse.Partly => AdoptionStatus.InUse,
            RootingUse.No => AdoptionStatus.Stopped,
            _ => null,
        };
        if (status is not { } s) return false;
        // A partial answer keeps what was left out as the note; the follow-up answer itself says "partly".
        var note = use == RootingUse.Partly ? Clip(reason) : "";
        var stopReason = Clip(reason) is { Length: > 0 } r ? r : "–";
        var adoption = await db.Adoptions.Include(a => a.Events).SingleOrDefaultAsync(a => a.PracticeId == practiceId && a.OrganisationId == organisationId, ct);
        if (adoption is null)
        {
            // The organisation says it uses (or used) a practice it never reported: now it has.
            var terms = new AdoptionTerms(null, AdoptionScope.WholeOrganisation, "", s, s == AdoptionStatus.Stopped ? stopReason : "", "",
                Clip(name, Adoption.NameMax), email, Localization.Cultures.IsSupported(language) ? language : "fi", false);
            // An address the adoption cannot keep (too long for it) leaves the answer on record without an adoption.
            if (terms.Check(DateOnly.FromDateTime(now)).Count > 0) return false;
            db.Adoptions.Add(Adoption.Record(practiceId, organisationId, terms, AdoptionSource.FollowUp, name ?? email, now));
            return true;
        }
        adoption.Report(s, s == AdoptionStatus.Stopped ? stopReason : "", AdoptionSource.FollowUp, name ?? email, now, note);
        return true;
    }

    private static string Clip(string? text, int max = FollowUpAnswer.TextMax) => (text ?? "").Trim() is var t && t.Length > max ? t[..max] : t;
}
