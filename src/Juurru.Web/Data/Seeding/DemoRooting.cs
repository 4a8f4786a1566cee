using Juurru.Features.Organisations;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Features.Rooting.Adoptions;
using Juurru.Features.Rooting.FollowUps;
using Juurru.Features.Rooting.Indicators;
using Juurru.Features.Shared;
using Juurru.Features.Surveys;

namespace Juurru.Data.Seeding;

/// <summary>
/// The demo's rooting: common indicators of the demo network, indicators with measurements on two projects, adoptions of
/// the ended project's practices in three organisations, and its 12-month follow-up sent and answered two months ago
/// (through the same answer handling as real responses), so the badges, the practice pages and the dashboard are alive.
/// </summary>
public sealed class DemoRooting(JuurruDbContext db)
{
    public sealed record Organisations(Organisation Lead, Organisation Coast, Organisation Institute, Organisation Town);

    public async Task AddAsync(int networkId, Project ended, Project ongoing, Practice model, Practice good, Organisations orgs, DateTime now, CancellationToken ct)
    {
        var end = ended.EndDate!.Value;
        var endTime = end.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);

        // Common indicators of the network, and indicators of the two projects with measurements over time.
        CommonIndicator Common(string fi, string sv, string en, string unitFi, string unitSv, string unitEn, int order) =>
            new() { NetworkId = networkId, Name = LocalizedText.Of(fi, sv, en), Unit = LocalizedText.Of(unitFi, unitSv, unitEn), Kind = IndicatorKind.Count, SortOrder = order, CreatedAt = now };
        var participants = Common("Osallistujat", "Deltagare", "Participants", "henkilöä", "personer", "people", 0);
        var events = Common("Järjestetyt tilaisuudet", "Ordnade evenemang", "Events held", "tilaisuutta", "evenemang", "events", 1);
        var reached = Common("Tavoitetut opiskelijat", "Nådda studerande", "Students reached", "opiskelijaa", "studerande", "students", 2);
        db.CommonIndicators.AddRange(participants, events, reached);
        await db.SaveChangesAsync(ct);

        Indicator Measured(Project project, CommonIndicator? common, IndicatorTerms terms, params (int MonthsAfterStart, decimal Value)[] values)
        {
            var indicator = Indicator.ForProject(project.Id, common);
            indicator.CreatedAt = indicator.UpdatedAt = now;
            indicator.AddRevision(IndicatorAction.Created, null, "Juurru demo", indicator.Define(terms), now);
            foreach (var (months, value) in values)
            {
                var date = project.StartDate!.Value.AddMonths(months);
                if (date > DateOnly.FromDateTime(now)) continue;
                var m = indicator.Measure(date, value, "Opiskelijahallintojärjestelmä", "");
                indicator.AddRevision(IndicatorAction.MeasurementAdded, null, "Juurru demo", ValueChange.All(m.Describe()), now);
            }
            db.Indicators.Add(indicator);
            return indicator;
        }
        Measured(ended, reached, new("", "", IndicatorKind.Count, IndicatorDirection.Increase, 0, ended.StartDate, 300, end, "Mentorointiparien kirjaukset"),
            (6, 40), (12, 110), (24, 190), (35, 262));
        Measured(ended, participants, new("", "", IndicatorKind.Count, IndicatorDirection.Increase, 0, ended.StartDate, 600, end, "Osallistujalistat"),
            (12, 180), (24, 420), (35, 640));
        Measured(ended, events, new("", "", IndicatorKind.Count, IndicatorDirection.Increase, 0, ended.StartDate, 24, end, "Tapahtumakalenteri"),
            (12, 8), (24, 17), (35, 26));
        Measured(ended, null, new("Väyläopinnot aloittaneiden osuus", "mentoroiduista", IndicatorKind.Percentage, IndicatorDirection.Increase, 12,
            ended.StartDate, 30, end, "Korkeakoulun opiskelijarekisteri"), (12, 19.5m), (24, 31), (35, 38));
        Measured(ended, null, new("Ensimmäisen vuoden keskeyttäneet", "opiskelijoista", IndicatorKind.Percentage, IndicatorDirection.Decrease, 14,
            ended.StartDate, 9, end, "Koski-raportit"), (12, 12.5m), (24, 10.5m), (35, 9.5m));
        Measured(ongoing, participants, new("", "", IndicatorKind.Count, IndicatorDirection.Increase, 0, ongoing.StartDate, 500,
            ongoing.EndDate, "Palvelupisteen kävijälomake"), (6, 120), (12, 260), (24, 410), (36, 530));
        Measured(ongoing, reached, new("", "", IndicatorKind.Count, IndicatorDirection.Increase, 0, ongoing.StartDate, 500,
            ongoing.EndDate, "Opiskelijahallintojärjestelmä"), (12, 140), (24, 330));
        await db.SaveChangesAsync(ct);

        // Adoptions reported by members before the follow-up: two organisations use the model, a town tries the good practice.
        var before = endTime.AddMonths(-4);
        Adoption Adopt(Practice practice, Organisation org, AdoptionStatus status, DateOnly since, AdoptionScope scope, string detail, string contact, string email,
            string language, DateTime at) => Adoption.Record(practice.Id, org.Id,
            new AdoptionTerms(since, scope, detail, status, "", "", contact, email, language, true), AdoptionSource.Member, "Juurru demo", at);
        db.Adoptions.AddRange(
            Adopt(model, orgs.Coast, AdoptionStatus.InUse, end.AddMonths(-10), AdoptionScope.WholeOrganisation, "", "Opinto-ohjaus", "ohjaus@rannikko.example", "fi", before),
            Adopt(model, orgs.Institute, AdoptionStatus.InUse, end.AddMonths(-6), AdoptionScope.Unit, "Campus Vasa", "Studiehandledningen", "handledning@kustlinjen.example", "sv", before),
            Adopt(good, orgs.Town, AdoptionStatus.TryingOut, DateOnly.FromDateTime(now).AddMonths(-4), AdoptionScope.Unit, "Nuorisopalvelut", "Ohjaamo", "ohjaamo@tuulilahti.example", "fi",
                now.AddMonths(-4)));
        await db.SaveChangesAsync(ct);

        // The 12-month follow-up, made and answered as a real one would be.
        var sent = endTime.AddMonths(12);
        var followUp = new FollowUp { ProjectId = ended.Id, NetworkId = networkId, Months = 12, DueOn = end.AddMonths(12), State = FollowUpState.Sent, SentAt = sent, CreatedAt = endTime };
        var survey = new Survey { NetworkId = networkId, Anonymity = Anonymity.Named, OpensAt = sent, ClosesAt = sent.AddDays(30), ReminderDaysBefore = 7, AutoRemindedAt = sent.AddDays(23), CreatedAt = sent, UpdatedAt = sent };
        survey.Define(FollowUpSurvey.Build(ended.Name, 12, [new(model.Id, model.Title), new(good.Id, good.Title)]));
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(ct);
        followUp.SurveyId = survey.Id;
        db.FollowUps.Add(followUp);
        var contacts = new RespondentGroup { SurveyId = survey.Id, Name = FollowUpSender.ContactsGroup };
        var adopting = new RespondentGroup { SurveyId = survey.Id, Name = FollowUpSender.AdoptersGroup };
        db.RespondentGroups.AddRange(contacts, adopting);
        await db.SaveChangesAsync(ct);

        var answers = new (Organisation Org, string Email, string Name, string Language, RespondentGroup Group, Answers? Answers)[]
        {
            (orgs.Lead, "mikko.mentori@example.org", "Mikko Mentori", "fi", contacts, Answer(model, "yes", ["curriculum", "quality", "daily"], "Opinto-ohjaajat ja mentorikoordinaattori",
                "https://example.org/jamk/ops", good, "no", "Vierailujen järjestäminen vei enemmän opettajien aikaa kuin oli varattu.")),
            (orgs.Coast, "ohjaus@rannikko.example", "Opinto-ohjaus", "fi", adopting, Answer(model, "yes", ["daily"], "Opinto-ohjaajat", "", good, "never", "")),
            (orgs.Institute, "handledning@kustlinjen.example", "Studiehandledningen", "sv", adopting, Answer(model, "partly", ["daily"], "Studiehandledarna", "", good, "unknown", "",
                left: "Mentorerna träffar studerande varannan månad i stället för varje månad.")),
            (orgs.Town, "ohjaamo@tuulilahti.example", "Ohjaamo", "fi", adopting, null),
        };
        var responses = new List<SurveyResponse>();
        var i = 0;
        foreach (var (org, email, name, language, group, given) in answers)
        {
            var invitation = new Invitation { SurveyId = survey.Id, Group = group, Email = email, Name = name, Language = language, Regarding = org.Name, SentAt = sent, Answered = given is not null };
            db.SurveyInvitations.Add(invitation);
            await db.SaveChangesAsync(ct);
            db.FollowUpRecipients.Add(new FollowUpRecipient { FollowUpId = followUp.Id, InvitationId = invitation.Id, OrganisationId = org.Id, Adopter = group == adopting });
            if (given is null) continue;
            var at = sent.AddDays(2 + 3 * i++);
            responses.Add(new SurveyResponse
            {
                SurveyId = survey.Id, Key = SurveyResponse.NewKey(), Status = ResponseStatus.Submitted, Language = language, GroupId = group.Id, InvitationId = invitation.Id,
                RespondentName = name, AnswersJson = given.ToJson(), StartedAt = at, UpdatedAt = at, SubmittedAt = at,
            });
        }
        await db.SaveChangesAsync(ct);
        // Handled as the survey engine handles sent responses: before they are saved, in the same transaction.
        db.SurveyResponses.AddRange(responses);
        await new FollowUpAnswers(new FixedClock(sent.AddDays(10)), new FollowUpSurveys()).HandleAsync(db, responses, ct);
        await db.SaveChangesAsync(ct);
    }

    private static Answers Answer(Practice model, string modelUse, string[] where, string who, string link, Practice good, string goodUse, string why, string left = "")
    {
        var a = new Answers();
        a.Set(FollowUpSurvey.Use(model.Id), [modelUse]);
        a.Set(FollowUpSurvey.Where(model.Id), where);
        a.Set(FollowUpSurvey.Who(model.Id), [who]);
        if (link.Length > 0) a.Set(FollowUpSurvey.Link(model.Id), [link]);
        if (left.Length > 0) a.Set(FollowUpSurvey.Left(model.Id), [left]);
        a.Set(FollowUpSurvey.Use(good.Id), [goodUse]);
        if (why.Length > 0) a.Set(FollowUpSurvey.Why(good.Id), [why]);
        return a;
    }

    /// <summary>The demo's answers are dated when they were given.</summary>
    private sealed class FixedClock(DateTime at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(at, TimeSpan.Zero);
    }
}
