using AngleSharp.Dom;
using System.Net;
using Juurru.Features.Evaluation;
using Juurru.Features.Organisations;
using Juurru.Features.Practices;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Evaluation;

/// <summary>Workshop mode, the conflict-of-interest rule through organisations, reminders, and editing the criteria.</summary>
public sealed class WorkshopAndReminderTests
{
    private sealed record Setup(JuurruApp App, Juurru.Features.Networks.Network Network, Practice Practice, Juurru.Identity.User Coordinator,
        Juurru.Identity.User Peer, int RoundId);

    private static async Task<Setup> SetupAsync(JuurruApp app, int deadlineInDays = 10)
    {
        var network = await app.NetworkAsync();
        var practice = await app.PracticeAsync(await app.ProjectAsync(network, "Esittelevä hanke"));
        var peer = await app.MemberAsync(await app.ProjectAsync(network, "Vertaishanke"));
        var coordinator = await app.CoordinatorAsync(network);
        var roundId = await app.WithDbAsync(async db =>
        {
            var round = EvaluationRound.Start(network.Id, "Työpajakierros", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(deadlineInDays), "",
                DefaultCriteria.For(network.Id), [practice.Id], DateTime.UtcNow);
            round.Evaluators.Add(new RoundEvaluator { UserId = peer.Id, Phase = EvaluationPhase.Peer, InvitedAt = DateTime.UtcNow });
            round.Assignments.Add(new Assignment { PracticeId = practice.Id, Phase = EvaluationPhase.Peer, EvaluatorId = peer.Id });
            db.EvaluationRounds.Add(round);
            await db.SaveChangesAsync();
            return round.Id;
        });
        return new Setup(app, network, practice, coordinator, peer, roundId);
    }

    private static Task<List<int>> CriteriaAsync(JuurruApp app, int roundId, EvaluationPhase phase) =>
        app.WithDbAsync(db => db.Set<RoundCriterion>().Where(c => c.RoundId == roundId && c.Phase == phase).OrderBy(c => c.SortOrder).Select(c => c.Id).ToListAsync());

    private static Dictionary<string, string> Scores(IReadOnlyList<int> criteria, params int[] values)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < values.Length; i++) fields[$"Form.Scores[{criteria[i]}]"] = values[i].ToString();
        return fields;
    }

    [Theory, Databases]
    public async Task A_facilitator_records_one_form_per_group_quickly(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var s = await SetupAsync(app);
        var criteria = await CriteriaAsync(app, s.RoundId, EvaluationPhase.Peer);
        using var peer = await app.SignInAsync(s.Peer);
        var url = $"/fi/evaluation/rounds/{s.RoundId}/workshop?practice={s.Practice.Id}";

        var page = await peer.PageAsync(url);
        Assert.Equal("Ryhmä 1", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Group")!.Value);
        var first = await peer.SubmitAsync(page, "form.evaluation-form", new(Scores(criteria, 4, 3, 4, 5, 2)) { [$"Form.Comments[{criteria[3]}]"] = "Materiaalit valmiina." });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var next = await peer.PageAsync(first.Headers.Location!.OriginalString);
        Assert.Contains("Ryhmän Ryhmä 1 pisteet tallennettiin.", next.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("Ryhmä 2", next.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Group")!.Value);
        Assert.Single(next.QuerySelectorAll("section[aria-labelledby=recorded-title] tbody tr"));

        // An incomplete group and a repeated group name are refused, and nothing is stored.
        var incomplete = await peer.SubmitAsync(next, "form.evaluation-form", Scores(criteria, 3, 3));
        Assert.Equal(3, (await Browser.ParseAsync(incomplete)).QuerySelectorAll(".error-summary li").Length);
        var repeated = await peer.SubmitAsync(next, "form.evaluation-form", new(Scores(criteria, 1, 1, 1, 1, 1)) { ["Group"] = "ryhmä 1" });
        Assert.Contains("on jo kirjattu", (await Browser.ParseAsync(repeated)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(1, await app.WithDbAsync(d => d.Assignments.CountAsync(a => a.GroupLabel != null)));

        await peer.SubmitAsync(next, "form.evaluation-form", Scores(criteria, 2, 3, 4, 3, 2));
        // A peer facilitates the peer phase only; the coordinator may record expert groups too.
        Assert.Equal(HttpStatusCode.Forbidden, (await peer.GetAsync(url + "&phase=Expert")).StatusCode);
        using var coordinator = await app.SignInAsync(s.Coordinator);
        var expertCriteria = await CriteriaAsync(app, s.RoundId, EvaluationPhase.Expert);
        var expert = await coordinator.SubmitAsync(url + "&phase=Expert", "form.evaluation-form", Scores(expertCriteria, 5, 5, 4, 4));
        Assert.Equal(HttpStatusCode.Redirect, expert.StatusCode);

        // The facilitator corrects a group afterwards; the results count each group once.
        var groupId = await app.WithDbAsync(d => d.Assignments.Where(a => a.GroupLabel == "Ryhmä 1" && a.Phase == EvaluationPhase.Peer).Select(a => a.Id).SingleAsync());
        var correction = await peer.PageAsync($"/fi/evaluation/assignments/{groupId}");
        var corrected = await peer.SubmitAsync(correction, "form.evaluation-form", Scores(criteria, 2, 3, 4, 5, 2), submitter: "button[formaction*=Submit]");
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var results = await coordinator.PageAsync($"/fi/evaluation/rounds/{s.RoundId}/practices/{s.Practice.Id}");
        var peerRow = results.QuerySelector("section:has(#summary-Peer-) tbody tr")!;
        Assert.Equal(["2", "2,0 / 5"], peerRow.QuerySelectorAll("td").Take(2).Select(td => td.TextContent.Trim()).ToArray());
        Assert.Contains($"Ryhmä 1 (kirjaaja {s.Peer.DisplayName})", results.Body!.TextContent);
        Assert.Contains("Materiaalit valmiina.", results.Body!.TextContent);
        Assert.Equal("1", results.QuerySelector("section:has(#summary-Expert-) tbody tr td")!.TextContent.Trim());

        // Each group's submission is in the practice's history, under the round's name, without the facilitator.
        var notes = await app.WithDbAsync(d => d.PracticeRevisions.Where(r => r.PracticeId == s.Practice.Id && r.Action == RevisionAction.EvaluationSubmitted)
            .Select(r => r.Note).ToListAsync());
        Assert.Equal(3, notes.Count);
        Assert.Contains("Vertaisarviointi, työpajaryhmä Ryhmä 1", notes);
    }

    [Theory, Databases]
    public async Task Nobody_gets_a_form_for_a_practice_of_their_own_organisation(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var s = await SetupAsync(app);
        var leadId = await app.WithDbAsync(d => d.Practices.Where(p => p.Id == s.Practice.Id).SelectMany(p => p.Projects).Select(x => x.LeadOrganisationId!.Value).SingleAsync());
        var colleague = await app.OutsiderAsync();
        await app.WithDbAsync(async d =>
        {
            d.OrganisationMembers.Add(new OrganisationMember { OrganisationId = leadId, UserId = colleague.Id });
            await d.SaveChangesAsync();
        });
        using var coordinator = await app.SignInAsync(s.Coordinator);
        var invited = await coordinator.SubmitAsync($"/fi/evaluation/rounds/{s.RoundId}", "form[action*=Invite]", new() { ["Email"] = colleague.Email!, ["Phase"] = "Peer" });
        var message = (await coordinator.PageAsync(invited.Headers.Location!.OriginalString)).QuerySelector("[role=status]")!.TextContent;
        Assert.Contains("0 käytäntöä arvioitavana", message);
        Assert.Contains("Vertaismentorointi", message);
        Assert.False(await app.WithDbAsync(d => d.Assignments.AnyAsync(a => a.EvaluatorId == colleague.Id)));

        // As a peer of the round they may facilitate, but not for that practice.
        using var browser = await app.SignInAsync(colleague);
        var refused = await browser.GetAsync($"/fi/evaluation/rounds/{s.RoundId}/workshop?practice={s.Practice.Id}");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Et voi arvioida oman hankkeesi tai organisaatiosi käytäntöä.", (await browser.PageAsync(refused.Headers.Location!.OriginalString)).Body!.TextContent);
        var posted = await browser.PostAsync($"/fi/evaluation/rounds/{s.RoundId}/workshop?practice={s.Practice.Id}&phase=Peer", new() { ["Group"] = "X" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.False(await app.WithDbAsync(d => d.Assignments.AnyAsync(a => a.GroupLabel == "X")));
    }

    [Theory, Databases]
    public async Task Evaluators_with_open_forms_are_reminded_once_before_the_deadline(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var near = await SetupAsync(app, deadlineInDays: 2);
        var far = await SetupAsync(app, deadlineInDays: 20);
        var done = await app.MemberAsync(await app.ProjectAsync(near.Network, "Valmis hanke"));
        await app.WithDbAsync(async d =>
        {
            var round = await d.EvaluationRounds.Include(r => r.Criteria).SingleAsync(r => r.Id == near.RoundId);
            var criteria = round.CriteriaOf(EvaluationPhase.Peer).ToList();
            var a = new Assignment { PracticeId = near.Practice.Id, Phase = EvaluationPhase.Peer, EvaluatorId = done.Id, Round = round };
            a.Record(criteria, criteria.ToDictionary(c => c.Id, _ => new ScoreInput(3, null)), "", submit: true, DateTime.UtcNow);
            round.Assignments.Add(a);
            d.RoundEvaluators.Add(new RoundEvaluator { RoundId = round.Id, UserId = done.Id, Phase = EvaluationPhase.Peer, InvitedAt = DateTime.UtcNow });
            await d.SaveChangesAsync();
        });

        Assert.Equal(1, await app.WithServiceAsync<EvaluationReminders, int>(r => r.SendDueAsync(default)));
        Assert.Contains("1 arviointia", Assert.Single(Mails.To(app, near.Peer.Email!)).TextBody);
        Assert.Empty(Mails.To(app, done.Email!));
        Assert.Empty(Mails.To(app, far.Peer.Email!));
        Assert.Equal(0, await app.WithServiceAsync<EvaluationReminders, int>(r => r.SendDueAsync(default)));

        // A coordinator may remind again whenever they like.
        using var coordinator = await app.SignInAsync(near.Coordinator);
        var reminded = await coordinator.SubmitAsync($"/fi/evaluation/rounds/{near.RoundId}", "form[action*=Remind]", []);
        Assert.Contains("Muistutuksia lähetetty: 1.", (await coordinator.PageAsync(reminded.Headers.Location!.OriginalString)).QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(2, Mails.To(app, near.Peer.Email!).Count);
    }

    [Theory, Databases]
    public async Task A_removed_evaluator_loses_unsubmitted_forms_but_submitted_ones_count(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var s = await SetupAsync(app);
        var second = await app.PracticeAsync(await app.ProjectAsync(s.Network, "Kolmas hanke"), title: "Toinen käytäntö");
        using var coordinator = await app.SignInAsync(s.Coordinator);
        var roundUrl = $"/fi/evaluation/rounds/{s.RoundId}";
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(roundUrl, "form[action*=AddPractice]", new() { ["practiceId"] = second.Id.ToString() })).StatusCode);
        var forms = await app.WithDbAsync(d => d.Assignments.Where(a => a.EvaluatorId == s.Peer.Id).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        Assert.Equal(2, forms.Count); // the practice added later got a form for the peer already invited

        using var peer = await app.SignInAsync(s.Peer);
        var criteria = await CriteriaAsync(app, s.RoundId, EvaluationPhase.Peer);
        var submitted = await peer.SubmitAsync(await peer.PageAsync($"/fi/evaluation/assignments/{forms[0]}"), "form.evaluation-form", Scores(criteria, 3, 3, 3, 3, 3),
            submitter: "button[formaction*=Submit]");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var removed = await coordinator.SubmitAsync(roundUrl, "form[action*=RemoveEvaluator]", []);
        Assert.Contains("ei ole enää kierroksen arvioija", (await coordinator.PageAsync(removed.Headers.Location!.OriginalString)).QuerySelector("[role=status]")!.TextContent);
        Assert.Equal([forms[0]], await app.WithDbAsync(d => d.Assignments.Where(a => a.EvaluatorId == s.Peer.Id).Select(a => a.Id).ToListAsync()));
        Assert.False(await app.WithDbAsync(d => d.RoundEvaluators.AnyAsync(e => e.UserId == s.Peer.Id)));
        Assert.Equal(HttpStatusCode.Forbidden, (await peer.GetAsync($"/fi/evaluation/rounds/{s.RoundId}/workshop")).StatusCode);
    }

    [Theory, Databases]
    public async Task Coordinators_edit_the_criteria_and_started_rounds_keep_theirs(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var s = await SetupAsync(app);
        using var coordinator = await app.SignInAsync(s.Coordinator);
        var url = $"/fi/networks/{s.Network.Slug}/criteria";
        var page = await coordinator.PageAsync(url);
        var editLink = page.QuerySelector("section:has(#phase-Peer) ol li a")!.GetAttribute("href")!;

        var bad = await coordinator.SubmitAsync(editLink, "form.form", new() { ["Input.NameFi"] = "", ["Input.Min"] = "3", ["Input.Max"] = "3" });
        var errors = (await Browser.ParseAsync(bad)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Anna nimi.", errors);
        Assert.Contains("Suurimman arvon on oltava pienintä suurempi.", errors);

        var saved = await coordinator.SubmitAsync(editLink, "form.form", new()
        {
            ["Input.NameFi"] = "Kuvaus on selkeä", ["Input.NameSv"] = "Beskrivningen är tydlig", ["Input.Min"] = "1", ["Input.Max"] = "4",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var sv = await coordinator.PageAsync($"/sv/networks/{s.Network.Slug}/criteria");
        Assert.Contains("Beskrivningen är tydlig", sv.Body!.TextContent);
        Assert.Equal("Kuvauksen selkeys", await app.WithDbAsync(d => d.Set<RoundCriterion>().Where(c => c.RoundId == s.RoundId && c.Phase == EvaluationPhase.Peer).OrderBy(c => c.SortOrder).Select(c => c.Name.Fi).FirstAsync()));

        var added = await coordinator.SubmitAsync(url + "?phase=Expert", "form.form", new() { ["Input.NameFi"] = "Kustannusvaikuttavuus" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var criteria = await app.WithDbAsync(d => d.Criteria.Where(c => c.NetworkId == s.Network.Id).ToListAsync());
        Assert.Equal(10, criteria.Count);
        Assert.Equal(4, criteria.Single(c => c.Name.Fi == "Kuvaus on selkeä").Scale.Max);
        Assert.Equal(EvaluationPhase.Expert, criteria.Single(c => c.Name.Fi == "Kustannusvaikuttavuus").Phase);
    }
}
