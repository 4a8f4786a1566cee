using System.Collections.Concurrent;
using Juurru.Data;
using Juurru.Features.Rooting.Adoptions;
using Juurru.Features.Surveys.Answering;
using Juurru.Features.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Rooting.FollowUps;

/// <summary>
/// Reads sent follow-up responses before they are saved: each practice's answer is kept as a <see cref="FollowUpAnswer"/>
/// and updates the organisation's adoption (in use, or stopped with the reason; created when an organisation says it uses
/// one it had not reported) and so the practice's rooting status. All of it is saved with the responses, in one
/// transaction. Responses to other surveys cost one look in <see cref="FollowUpSurveys"/>.
/// </summary>
public sealed class FollowUpAnswers(TimeProvider clock, FollowUpSurveys followUpSurveys) : ISubmissionHandler
{
    public async Task HandleAsync(JuurruDbContext db, IReadOnlyList<SurveyResponse> sent, CancellationToken ct)
    {
        var followUpOf = await followUpSurveys.FindAsync(db, sent.Select(r => r.SurveyId).Distinct().ToList(), ct);
        var responses = sent.Where(r => followUpOf.ContainsKey(r.SurveyId)).ToList();
        if (responses.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var surveyIds = followUpOf.Keys.ToList();
        var practicesOf = (await db.Surveys.AsNoTracking().Where(s => surveyIds.Contains(s.Id)).ToListAsync(ct))
            .ToDictionary(s => s.Id, s => FollowUpSurvey.PracticeIds(s.Definition));
        var invitationIds = responses.Where(r => r.InvitationId is not null).Select(r => r.InvitationId!.Value).ToList();
        var recipients = await db.FollowUpRecipients.AsNoTracking().Where(r => invitationIds.Contains(r.InvitationId))
            .Join(db.SurveyInvitations, r => r.InvitationId, i => i.Id, (r, i) => new Recipient(r.InvitationId, r.OrganisationId, i.Email, i.Name, i.Language))
            .ToDictionaryAsync(r => r.InvitationId, ct);

        // What the answers may change, loaded (and tracked) at once: the adoptions of the practices asked about and the
        // answering organisations' earlier answers to these follow-ups.
        var practiceIds = practicesOf.Values.SelectMany(p => p).Distinct().ToList();
        var adoptions = await db.Adoptions.Where(a => practiceIds.Contains(a.PracticeId)).ToListAsync(ct);
        var followUpIds = followUpOf.Values.ToList();
        var organisationIds = recipients.Values.Where(r => r.OrganisationId is not null).Select(r => r.OrganisationId!.Value).Distinct().ToList();
        var earlier = await db.FollowUpAnswers.Where(a => followUpIds.Contains(a.FollowUpId) && a.OrganisationId != null && organisationIds.Contains(a.OrganisationId.Value))
            .ToListAsync(ct);

        var touched = new HashSet<int>();
        foreach (var response in responses)
        {
            var followUpId = followUpOf[response.SurveyId];
            var recipient = response.InvitationId is { } id ? recipients.GetValueOrDefault(id) : null;
            var organisationId = recipient?.OrganisationId;
            var answers = Answers.FromJson(response.AnswersJson);
            foreach (var practiceId in practicesOf[response.SurveyId])
            {
                if (FollowUpSurvey.UseOf(answers.Single(FollowUpSurvey.Use(practiceId))) is not { } use) continue;
                var reason = use == RootingUse.No ? answers.Single(FollowUpSurvey.Why(practiceId)) : answers.Single(FollowUpSurvey.Left(practiceId));
                // An organisation's later answer replaces its earlier one; answers without an organisation are kept side by side.
                var answer = organisationId is null ? null
                    : earlier.FirstOrDefault(a => a.FollowUpId == followUpId && a.PracticeId == practiceId && a.OrganisationId == organisationId);
                if (answer is null)
                {
                    answer = new FollowUpAnswer { FollowUpId = followUpId, PracticeId = practiceId, OrganisationId = organisationId };
                    db.FollowUpAnswers.Add(answer);
                    earlier.Add(answer);
                }
                answer.Use = use;
                answer.Places = [.. answers.Get(FollowUpSurvey.Where(practiceId))];
                answer.KeptBy = Clip(answers.Single(FollowUpSurvey.Who(practiceId)));
                answer.Reason = Clip(reason);
                answer.EvidenceLink = Clip(answers.Single(FollowUpSurvey.Link(practiceId)));
                answer.EvidenceFile = answers.Single(FollowUpSurvey.File(practiceId));
                answer.AnsweredAt = now;
                if (organisationId is { } org && recipient is not null && Update(db, adoptions, practiceId, org, use, reason, recipient, now))
                    touched.Add(practiceId);
            }
        }
        foreach (var practice in await db.Practices.Where(p => touched.Contains(p.Id)).ToListAsync(ct))
            practice.RecordRooting(RootingSummary.Of(adoptions.Where(a => a.PracticeId == practice.Id).Select(a => (a.Status, a.ConfirmedAt))));
    }

    private sealed record Recipient(int InvitationId, int? OrganisationId, string Email, string? Name, string Language);

    /// <summary>Yes and partly mean in use, no means stopped; never and don't know change nothing. True when the adoption changed.</summary>
    private static bool Update(JuurruDbContext db, List<Adoption> adoptions, int practiceId, int organisationId, RootingUse use, string? reason,
        Recipient recipient, DateTime now)
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
        var name = recipient.Name ?? recipient.Email;
        var adoption = adoptions.FirstOrDefault(a => a.PracticeId == practiceId && a.OrganisationId == organisationId);
        if (adoption is null)
        {
            // The organisation says it uses (or used) a practice it never reported: now it has.
            var terms = new AdoptionTerms(null, AdoptionScope.WholeOrganisation, "", s, s == AdoptionStatus.Stopped ? stopReason : "", "",
                Clip(recipient.Name, Adoption.NameMax), recipient.Email, Localization.Cultures.IsSupported(recipient.Language) ? recipient.Language : "fi", false);
            // An address the adoption cannot keep (too long for it) leaves the answer on record without an adoption.
            if (terms.Check(DateOnly.FromDateTime(now)).Count > 0) return false;
            adoption = Adoption.Record(practiceId, organisationId, terms, AdoptionSource.FollowUp, name, now);
            db.Adoptions.Add(adoption);
            adoptions.Add(adoption);
            return true;
        }
        adoption.Report(s, s == AdoptionStatus.Stopped ? stopReason : "", AdoptionSource.FollowUp, name, now, note);
        return true;
    }

    private static string Clip(string? text, int max = FollowUpAnswer.TextMax) => (text ?? "").Trim() is var t && t.Length > max ? t[..max] : t;
}

/// <summary>
/// Which surveys are follow-ups, remembered by each instance: a survey becomes one when it is made (in the transaction
/// that makes it) and never stops being one, so every other survey's responses are told apart without a query.
/// </summary>
public sealed class FollowUpSurveys
{
    private readonly ConcurrentDictionary<int, int?> _followUpOf = new();

    /// <summary>The follow-up of each of the surveys that is one.</summary>
    public async Task<IReadOnlyDictionary<int, int>> FindAsync(JuurruDbContext db, IReadOnlyCollection<int> surveyIds, CancellationToken ct)
    {
        var unknown = surveyIds.Where(id => !_followUpOf.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            var found = await db.FollowUps.Where(f => f.SurveyId != null && unknown.Contains(f.SurveyId.Value))
                .Select(f => new { SurveyId = f.SurveyId!.Value, f.Id }).ToDictionaryAsync(f => f.SurveyId, f => f.Id, ct);
            foreach (var id in unknown) _followUpOf[id] = found.TryGetValue(id, out var followUp) ? followUp : null;
        }
        return surveyIds.Where(id => _followUpOf[id] is not null).ToDictionary(id => id, id => _followUpOf[id]!.Value);
    }
}
