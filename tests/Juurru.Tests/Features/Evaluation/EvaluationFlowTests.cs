using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Juurru.Features.Evaluation;
using Juurru.Features.Notifications;
using Juurru.Features.Organisations;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Evaluation;

/// <summary>
/// A round run end to end through the pages, as the people of the field would: a coordinator starts it and invites
/// two peers and an expert who has no account yet; the peers and the expert fill in their forms (a draft first,
/// an incomplete submission refused); a peer is refused on their own project's practice; the coordinator reads the
/// results, decides and closes; the decision shows on the practice page, in the API and as a list filter, the
/// project is told by e-mail and reads its feedback, and every step is in the practice's history.
/// </summary>
public sealed class EvaluationFlowTests
{
    [Theory, Databases]
    public async Task A_round_from_start_to_published_decision(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync("Sujuvat siirtymät");
        var projectA = await app.ProjectAsync(network, "Ohjauksen hanke");
        var projectB = await app.ProjectAsync(network, "Mentoroinnin hanke");
        var projectC = await app.ProjectAsync(network, "Kolmas hanke");
        var mentoring = await app.PracticeAsync(projectA, PracticeStatus.Submitted, "Vertaismentorointi");
        var guidance = await app.PracticeAsync(projectB, PracticeStatus.Published, "Jalkautuva ohjaus");
        var member = await app.MemberAsync(projectA);
        var peer1 = await app.MemberAsync(projectB);
        var peer2 = await app.MemberAsync(projectC);
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));

        // The coordinator finds the round tools from "Evaluations"; the network starts with the default criteria.
        var desk = await coordinator.PageAsync("/fi/evaluation");
        Assert.NotNull(desk.QuerySelector($"a[href='/fi/evaluation/rounds/new?network={network.Slug}']"));
        var criteria = await coordinator.PageAsync($"/fi/networks/{network.Slug}/criteria");
        Assert.Equal(5, criteria.QuerySelectorAll("#phase-Peer ~ ol li, section:has(#phase-Peer) ol li").Length);
        Assert.Contains("Valtakunnallinen levitettävyys", criteria.Body!.TextContent);

        // Start: name, deadline, the two practices.
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
        var started = await coordinator.SubmitAsync($"/fi/evaluation/rounds/new?network={network.Slug}", "form.form", new()
        {
            ["Name"] = "Vertaisarviointi kevät 2027", ["Deadline"] = deadline.ToString("yyyy-MM-dd"), ["Instructions"] = "Työpaja 12.3. klo 9.",
        }, new() { ["PracticeIds"] = [mentoring.Id.ToString(), guidance.Id.ToString()] });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var roundUrl = started.Headers.Location!.OriginalString;
        var roundId = int.Parse(roundUrl.Split('/').Last());

        // Invitations: peer 1 belongs to the mentoring practice's... no: to the guidance practice's project, so gets only the other one.
        var invited1 = await Invite(coordinator, roundUrl, peer1.Email!, null, "Peer");
        Assert.Contains("1 käytäntö arvioitavana", invited1); // the singular: "1 käytäntöä" reads wrong
        Assert.Contains("Jalkautuva ohjaus", invited1);
        Assert.Contains("2 käytäntöä arvioitavana", await Invite(coordinator, roundUrl, peer2.Email!, null, "Peer"));
        var refused = await coordinator.SubmitAsync(roundUrl, "form[action*=Invite]", new() { ["Email"] = "ei-tunnusta@example.org", ["Phase"] = "Expert" });
        Assert.Contains("Anna myös henkilön nimi", (await Browser.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);
        Assert.Contains("2 käytäntöä arvioitavana", await Invite(coordinator, roundUrl, "asiantuntija@example.org", "Aino Asiantuntija", "Expert"));

        // Peer 1: one form, a draft first, an incomplete submission refused with a message per criterion.
        using var peer1Browser = await app.SignInAsync(peer1);
        Assert.Contains("Sinulla on 1 arviointilomake täytettävänä.", (await peer1Browser.PageAsync("/fi/account")).Body!.TextContent);
        var forms = await peer1Browser.PageAsync("/fi/evaluation");
        var formLinks = forms.QuerySelectorAll("a[href^='/fi/evaluation/assignments/']").ToList();
        var formLink = Assert.Single(formLinks);
        Assert.Equal("Vertaismentorointi", formLink.TextContent);
        var formUrl = formLink.GetAttribute("href")!;
        var peerCriteria = await CriteriaIdsAsync(app, roundId, EvaluationPhase.Peer);
        var draft = await peer1Browser.SubmitAsync(await peer1Browser.PageAsync(formUrl), "form.evaluation-form",
            new() { [$"Form.Scores[{peerCriteria[0]}]"] = "4", [$"Form.Comments[{peerCriteria[0]}]"] = "Selkeä kuvaus." }, submitter: "button[formaction*=Save]");
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var reopened = await peer1Browser.PageAsync(formUrl);
        Assert.True(reopened.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"input[name='Form.Scores[{peerCriteria[0]}]'][value='4']")!.IsChecked);
        var incomplete = await peer1Browser.SubmitAsync(reopened, "form.evaluation-form", [], submitter: "button[formaction*=Submit]");
        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        Assert.Equal(4, (await Browser.ParseAsync(incomplete)).QuerySelectorAll(".error-summary li").Length);
        Assert.Equal(AssignmentStatus.Draft, await StatusAsync(app, formUrl));
        await SubmitScores(peer1Browser, formUrl, peerCriteria, [4, 4, 3, 5, 2], "Hyvä malli, resurssit epäselvät.");

        // The conflict-of-interest rule: peer 1 cannot record workshop scores for their own project's practice, nor open another's form.
        var own = await peer1Browser.GetAsync($"/fi/evaluation/rounds/{roundId}/workshop?practice={guidance.Id}");
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        var workshop = await peer1Browser.PageAsync(own.Headers.Location!.OriginalString);
        Assert.Contains("Et voi arvioida oman hankkeesi", workshop.Body!.TextContent);
        Assert.Null(workshop.QuerySelector($"#practice option[value='{guidance.Id}']"));
        var othersForm = await app.WithDbAsync(ctx => ctx.Assignments.Where(a => a.EvaluatorId == peer2.Id).Select(a => a.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await peer1Browser.GetAsync($"/fi/evaluation/assignments/{othersForm}")).StatusCode);

        // Peer 2 evaluates both practices; the submitted practice is readable for an evaluator though not yet published.
        using var peer2Browser = await app.SignInAsync(peer2);
        await peer2Browser.PageAsync($"/fi/practices/{mentoring.Id}");
        foreach (var link in (await peer2Browser.PageAsync("/fi/evaluation")).QuerySelectorAll("a[href^='/fi/evaluation/assignments/']").Select(a => a.GetAttribute("href")!).ToList())
            await SubmitScores(peer2Browser, link, peerCriteria, [2, 4, 5, 3, 2], "");

        // The expert has no account: the invitation carries a link that sets a password (and proves the address).
        var invitation = MailTo(app, "asiantuntija@example.org");
        Assert.Contains("Vertaisarviointi kevät 2027", invitation);
        using var expertBrowser = app.NewBrowser();
        var reset = await expertBrowser.SubmitAsync(Mails.LinkIn(invitation, "reset-password"), "form.form",
            new() { ["Password"] = "kuusi norsua soutaa järvellä", ["ConfirmPassword"] = "kuusi norsua soutaa järvellä" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var login = await expertBrowser.SubmitAsync("/fi/account/login", "form.form", new() { ["Form.Email"] = "asiantuntija@example.org", ["Form.Password"] = "kuusi norsua soutaa järvellä" });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var expertCriteria = await CriteriaIdsAsync(app, roundId, EvaluationPhase.Expert);
        var expertForms = (await expertBrowser.PageAsync("/fi/evaluation")).QuerySelectorAll("a[href^='/fi/evaluation/assignments/']").ToList();
        Assert.Equal(2, expertForms.Count);
        foreach (var link in expertForms.Select(a => a.GetAttribute("href")!))
            await SubmitScores(expertBrowser, link, expertCriteria, [5, 4, 4, 3], "Levitettävissä valtakunnallisesti.");

        // Results: n, mean and spread per criterion (4 and 2 → mean 3,0, sd 1,4), comments with their authors for the coordinator.
        var results = await coordinator.PageAsync($"/fi/evaluation/rounds/{roundId}/practices/{mentoring.Id}");
        var firstRow = results.QuerySelector("#summary-Peer- ~ table tbody tr, section:has(#summary-Peer-) tbody tr")!;
        Assert.Equal(["2", "3,0 / 5", "1,4", "2–4"], firstRow.QuerySelectorAll("td").Take(4).Select(td => td.TextContent.Trim()).ToArray());
        Assert.Contains("Selkeä kuvaus.", results.Body!.TextContent);
        Assert.Contains(peer1.DisplayName, results.Body!.TextContent);

        // Closing without all decisions is refused; then both decisions and the close.
        var early = await coordinator.SubmitAsync(roundUrl, "form[action*=Close]", new() { ["confirm"] = "true" });
        Assert.Contains("Anna päätös jokaisesta käytännöstä", (await coordinator.PageAsync(early.Headers.Location!.OriginalString)).Body!.TextContent);
        var noStatement = await coordinator.SubmitAsync($"/fi/evaluation/rounds/{roundId}/practices/{mentoring.Id}", "form.form", new() { ["Decision"] = "Model", ["Statement"] = " " });
        Assert.Contains("Kirjoita lausunto", (await Browser.ParseAsync(noStatement)).QuerySelector(".error-summary")!.TextContent);
        await Decide(coordinator, roundId, mentoring.Id, "Model", "Malli on valmis levitettäväksi.", publish: true);
        await Decide(coordinator, roundId, guidance.Id, "GoodPractice", "Paikallinen hyvä käytäntö.", publish: false);
        Assert.Null((await app.WithDbAsync(ctx => ctx.Practices.SingleAsync(p => p.Id == mentoring.Id))).Decision); // not public before closing
        // Closing cannot be undone: without the ticked box nothing happens.
        var unconfirmed = await coordinator.SubmitAsync(roundUrl, "form[action*=Close]", []);
        Assert.Contains("Vahvista rastittamalla ruutu", (await coordinator.PageAsync(unconfirmed.Headers.Location!.OriginalString)).Body!.TextContent);
        Assert.Equal(RoundStatus.Open, await app.WithDbAsync(ctx => ctx.EvaluationRounds.Where(r => r.Id == roundId).Select(r => r.Status).SingleAsync()));
        var closed = await coordinator.SubmitAsync(roundUrl, "form[action*=Close]", new() { ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(RoundStatus.Closed, await app.WithDbAsync(ctx => ctx.EvaluationRounds.Where(r => r.Id == roundId).Select(r => r.Status).SingleAsync()));
        // The message tells the truth about who heard of the decisions.
        var told = await app.WithDbAsync(ctx => ctx.Notifications.Where(n => n.Kind == NotificationKind.EvaluationDecision).Select(n => n.UserId).Distinct().CountAsync());
        Assert.True(told > 0);
        var closedMessage = (await coordinator.PageAsync(closed.Headers.Location!.OriginalString)).QuerySelector(".notice[role=status]")!.TextContent;
        Assert.Contains($"Hankkeista {told} henkilö", closedMessage);

        // The decision made the good practice a model; the coordinator publishes it (it was only submitted).
        Assert.Equal(PracticeKind.Model, (await app.WithDbAsync(ctx => ctx.Practices.SingleAsync(p => p.Id == mentoring.Id))).Kind);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostAsync($"/fi/practices/{mentoring.Id}?handler=Publish")).StatusCode);

        // A visitor sees the badge, the published statement and the mean scores; on the other practice only the decision.
        using var visitor = app.NewBrowser();
        var page = await visitor.PageAsync($"/fi/practices/{mentoring.Id}");
        Assert.Contains("Arvioitu: malli", page.QuerySelector(".page-header")!.TextContent);
        Assert.Contains("Malli on valmis levitettäväksi.", page.QuerySelector(".evaluation-result")!.TextContent);
        Assert.Equal(9, page.QuerySelectorAll(".evaluation-result tbody tr").Length);
        var other = await visitor.PageAsync($"/fi/practices/{guidance.Id}");
        Assert.Contains("Arvioitu: hyvä käytäntö", other.QuerySelector(".page-header")!.TextContent);
        Assert.DoesNotContain("Paikallinen hyvä käytäntö.", other.Body!.TextContent);

        // The API: the decision, its statement and scores where published.
        using var json = JsonDocument.Parse(await visitor.Client.GetStringAsync($"/api/v1/practices/{mentoring.Id}"));
        var evaluation = json.RootElement.GetProperty("evaluation");
        Assert.Equal("Model", evaluation.GetProperty("decision").GetString());
        Assert.Equal("Malli on valmis levitettäväksi.", evaluation.GetProperty("statement").GetString());
        Assert.Equal(3.0, evaluation.GetProperty("scores")[0].GetProperty("mean").GetDouble());
        using var otherJson = JsonDocument.Parse(await visitor.Client.GetStringAsync($"/api/v1/practices/{guidance.Id}"));
        Assert.Equal(JsonValueKind.Null, otherJson.RootElement.GetProperty("evaluation").GetProperty("statement").ValueKind);

        // The list and the API filter by decision.
        var models = await visitor.PageAsync("/fi/practices?decision=Model");
        Assert.Equal(["Vertaismentorointi"], models.QuerySelectorAll(".cards .card-title").Select(h => h.TextContent.Trim()).ToArray());
        using var listed = JsonDocument.Parse(await visitor.Client.GetStringAsync("/api/v1/practices?decision=GoodPractice"));
        Assert.Equal(guidance.Id, Assert.Single(listed.RootElement.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt32());

        // The project: an e-mail with the decision, and the feedback with the evaluators unnamed.
        // (notifications are e-mailed after the commit, by the background mailer)
        Assert.Contains("Malli", (await Mails.ArrivingAsync(app, member.Email!, 2)).Single(m => m.Subject?.StartsWith("Arvioinnin päätös") == true).TextBody);
        using var memberBrowser = await app.SignInAsync(member);
        var feedback = await memberBrowser.PageAsync($"/fi/practices/{mentoring.Id}/evaluation");
        Assert.Contains("Arvioija 1", feedback.Body!.TextContent);
        Assert.Contains("Selkeä kuvaus.", feedback.Body!.TextContent);
        Assert.DoesNotContain(peer1.DisplayName, feedback.Body!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await peer2Browser.GetAsync($"/fi/practices/{mentoring.Id}/evaluation")).StatusCode);

        // Every step in the history.
        var actions = await app.WithDbAsync(ctx => ctx.PracticeRevisions.Where(r => r.PracticeId == mentoring.Id).OrderBy(r => r.Id).Select(r => r.Action).ToListAsync());
        Assert.Equal(1, actions.Count(a => a == RevisionAction.EvaluationStarted));
        Assert.Equal(3, actions.Count(a => a == RevisionAction.EvaluationSubmitted));
        Assert.Equal(1, actions.Count(a => a == RevisionAction.EvaluationDecided));
        var history = await memberBrowser.PageAsync($"/fi/practices/{mentoring.Id}/history");
        Assert.DoesNotContain(peer1.DisplayName, history.Body!.TextContent);
    }

    [Theory, Databases]
    public async Task Submitting_twice_stores_one_evaluation_and_thanks_twice(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var practice = await app.PracticeAsync(await app.ProjectAsync(network));
        var peer = await app.MemberAsync(await app.ProjectAsync(network, "Toinen hanke"));
        var (roundId, formId) = await app.WithDbAsync(async ctx =>
        {
            var round = EvaluationRound.Start(network.Id, "Kierros", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5), "", DefaultCriteria.For(network.Id), [practice.Id], DateTime.UtcNow);
            var form = new Assignment { PracticeId = practice.Id, Phase = EvaluationPhase.Peer, EvaluatorId = peer.Id };
            round.Assignments.Add(form);
            ctx.EvaluationRounds.Add(round);
            await ctx.SaveChangesAsync();
            return (round.Id, form.Id);
        });
        using var browser = await app.SignInAsync(peer);
        var page = await browser.PageAsync($"/fi/evaluation/assignments/{formId}");
        var criteria = await CriteriaIdsAsync(app, roundId, EvaluationPhase.Peer);
        var values = criteria.ToDictionary(id => $"Form.Scores[{id}]", _ => "3");
        var first = await browser.SubmitAsync(page, "form.evaluation-form", values, submitter: "button[formaction*=Submit]");
        var second = await browser.SubmitAsync(page, "form.evaluation-form", new(values) { [$"Form.Scores[{criteria[0]}]"] = "5" }, submitter: "button[formaction*=Submit]");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Contains("Arvio lähetettiin", (await browser.PageAsync(second.Headers.Location!.OriginalString)).QuerySelector("[role=status]")!.TextContent);
        var stored = await app.WithDbAsync(ctx => ctx.Assignments.SingleAsync(a => a.Id == formId));
        Assert.Equal(3, stored.ScoreOf(criteria[0])!.Value);
        Assert.Equal(1, await app.WithDbAsync(ctx => ctx.PracticeRevisions.CountAsync(r => r.PracticeId == practice.Id && r.Action == RevisionAction.EvaluationSubmitted)));
    }

    private static async Task<string> Invite(Browser coordinator, string roundUrl, string email, string? name, string phase)
    {
        var response = await coordinator.SubmitAsync(roundUrl, "form[action*=Invite]", new() { ["Email"] = email, ["InviteName"] = name ?? "", ["Phase"] = phase });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await coordinator.PageAsync(response.Headers.Location!.OriginalString)).QuerySelector("[role=status]")!.TextContent;
    }

    private static async Task SubmitScores(Browser browser, string formUrl, IReadOnlyList<int> criteria, int[] scores, string comment)
    {
        var values = new Dictionary<string, string> { ["Form.Comment"] = comment };
        for (var i = 0; i < criteria.Count; i++) values[$"Form.Scores[{criteria[i]}]"] = scores[i].ToString();
        var response = await browser.SubmitAsync(await browser.PageAsync(formUrl), "form.evaluation-form", values, submitter: "button[formaction*=Submit]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task Decide(Browser coordinator, int roundId, int practiceId, string decision, string statement, bool publish)
    {
        var page = await coordinator.PageAsync($"/fi/evaluation/rounds/{roundId}/practices/{practiceId}");
        var values = new Dictionary<string, string> { ["Decision"] = decision, ["Statement"] = statement };
        values["PublishStatement"] = publish ? "true" : "false";
        var response = await coordinator.SubmitAsync(page, "form.form", values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static Task<List<int>> CriteriaIdsAsync(JuurruApp app, int roundId, EvaluationPhase phase) =>
        app.WithDbAsync(ctx => ctx.Set<RoundCriterion>().Where(c => c.RoundId == roundId && c.Phase == phase).OrderBy(c => c.SortOrder).Select(c => c.Id).ToListAsync());

    private static Task<AssignmentStatus> StatusAsync(JuurruApp app, string formUrl)
    {
        var id = int.Parse(formUrl.Split('/').Last());
        return app.WithDbAsync(ctx => ctx.Assignments.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());
    }

    /// <summary>The text of the newest message to an address.</summary>
    internal static string MailTo(JuurruApp app, string address) => Mails.To(app, address)[^1].TextBody ?? "";
}
