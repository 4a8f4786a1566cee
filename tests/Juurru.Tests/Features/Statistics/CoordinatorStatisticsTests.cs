using AngleSharp.Dom;
using Juurru.Features.Evaluation;
using Juurru.Features.Networks;
using Juurru.Features.Surveys;
using Juurru.Tests.Features.Surveys;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.Statistics;

/// <summary>Survey response rates and evaluation rounds on the statistics page: for the coordinators of the network only.</summary>
public sealed class CoordinatorStatisticsTests
{
    private sealed record World(JuurruApp App, Network Polku, Network Other) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
    }

    /// <summary>
    /// Polkuverkosto: a survey sent to 8 (5 answered; one more invitee not yet sent to), a round of 2 practices with 4
    /// forms (1 submitted, 1 practice decided). Another network: a survey sent to 3 (1 answered).
    /// </summary>
    private static async Task<World> WorldAsync(Db db)
    {
        var app = await JuurruApp.StartAsync(db);
        var polku = await app.NetworkAsync("Polkuverkosto");
        var other = await app.NetworkAsync("Muu verkosto");
        var project = await app.ProjectAsync(polku);
        var first = await app.PracticeAsync(project, title: "Ensimmäinen");
        var second = await app.PracticeAsync(project, title: "Toinen");
        var evaluator = await app.OutsiderAsync();
        await InvitedAsync(app, polku, sent: 8, answered: 5, unsent: 1);
        await InvitedAsync(app, other, sent: 3, answered: 1, unsent: 0);
        await app.WithDbAsync(async d =>
        {
            var now = DateTime.UtcNow;
            var round = EvaluationRound.Start(polku.Id, "Kevään kierros", DateOnly.FromDateTime(now).AddDays(5), "", DefaultCriteria.For(polku.Id), [first.Id, second.Id], now);
            foreach (var (practice, phase) in new[] { (first, EvaluationPhase.Peer), (first, EvaluationPhase.Expert), (second, EvaluationPhase.Peer), (second, EvaluationPhase.Expert) })
                round.Assignments.Add(new Assignment { PracticeId = practice.Id, Phase = phase, EvaluatorId = evaluator.Id, Round = round });
            round.Assignments[0].Record([], new Dictionary<int, ScoreInput>(), "", submit: true, now);
            round.Practice(first.Id).Decide(EvaluationDecision.GoodPractice, "Hyvä käytäntö.", publish: false, null, now);
            d.EvaluationRounds.Add(round);
            return await d.SaveChangesAsync();
        });
        return new World(app, polku, other);
    }

    private static async Task InvitedAsync(JuurruApp app, Network network, int sent, int answered, int unsent)
    {
        var survey = await app.OpenSurveyAsync(network.Id, SampleSurveys.NetworkSurvey);
        await app.WithDbAsync(d =>
        {
            for (var i = 0; i < sent + unsent; i++)
                d.SurveyInvitations.Add(new Invitation { SurveyId = survey.Id, Email = $"kutsuttu{i}@example.org", SentAt = i < sent ? DateTime.UtcNow : null, Answered = i < answered });
            return d.SaveChangesAsync();
        });
    }

    /// <summary>The rows of a figure's table: the group and its cells as the page shows them.</summary>
    private static List<string[]> Table(IDocument page, string figure) =>
        page.QuerySelector($"#{figure}-table")!.QuerySelectorAll("tbody tr")
            .Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();

    [Theory, Databases]
    public async Task A_coordinator_sees_the_response_rate_of_each_survey_and_how_far_each_round_has_come(Db db)
    {
        await using var w = await WorldAsync(db);
        using var coordinator = await w.App.SignInAsync(await w.App.CoordinatorAsync(w.Polku));

        var page = await coordinator.PageAsync($"/fi/statistics?network={w.Polku.Slug}");

        Assert.Equal("Koordinaattoreille", page.QuerySelector("#coordinators-title")!.TextContent);
        Assert.Equal([["Verkostokysely 2025", "5", "8", "62,5"]], Table(page, "survey-response-rates"));
        Assert.Equal([["Kevään kierros", "1", "4", "25,0"]], Table(page, "round-forms"));
        Assert.Equal([["Kevään kierros", "1", "2", "50,0"]], Table(page, "round-decisions"));
        var csv = await coordinator.Client.GetStringAsync(page.QuerySelector("a[href*='handler=Csv']:not([href*='excel'])")!.GetAttribute("href")!);
        Assert.Contains("Kyselyjen vastausprosentit,Verkostokysely 2025,5,8,62.5", csv);
    }

    [Theory, Databases]
    public async Task Visitors_members_and_the_coordinators_of_another_network_do_not_see_them(Db db)
    {
        await using var w = await WorldAsync(db);
        var project = await w.App.ProjectAsync(w.Polku, "Jäsenen hanke");
        using var visitor = w.App.NewBrowser();
        using var member = await w.App.SignInAsync(await w.App.MemberAsync(project));
        using var otherCoordinator = await w.App.SignInAsync(await w.App.CoordinatorAsync(w.Other));

        foreach (var browser in new[] { visitor, member, otherCoordinator })
        {
            var page = await browser.PageAsync($"/fi/statistics?network={w.Polku.Slug}");
            Assert.Null(page.QuerySelector("#coordinators-title"));
            Assert.NotNull(page.QuerySelector("#practices-title"));
            var csv = await browser.Client.GetStringAsync($"/fi/statistics?network={w.Polku.Slug}&handler=Csv");
            Assert.DoesNotContain("Kyselyjen vastausprosentit", csv);
            Assert.Contains("Käytännöt teemoittain", csv);
        }
    }

    [Theory, Databases]
    public async Task In_the_national_view_a_coordinator_sees_their_own_networks_and_an_administrator_all_named_by_network(Db db)
    {
        await using var w = await WorldAsync(db);
        using var coordinator = await w.App.SignInAsync(await w.App.CoordinatorAsync(w.Other));
        using var administrator = await w.App.SignInAsync(await w.App.AdministratorAsync());

        var own = Table(await coordinator.PageAsync("/fi/statistics"), "survey-response-rates");
        var all = Table(await administrator.PageAsync("/fi/statistics"), "survey-response-rates");

        Assert.Equal([["Verkostokysely 2025", "1", "3", "33,3"]], own);
        Assert.Equal(["Muu verkosto: Verkostokysely 2025", "Polkuverkosto: Verkostokysely 2025"], all.Select(r => r[0]).Order());
    }

    [Theory, Databases]
    public async Task The_years_narrow_the_surveys_and_rounds_too(Db db)
    {
        await using var w = await WorldAsync(db);
        using var coordinator = await w.App.SignInAsync(await w.App.CoordinatorAsync(w.Polku));

        var page = await coordinator.PageAsync($"/fi/statistics?network={w.Polku.Slug}&from=2001&to=2002");

        Assert.NotNull(page.QuerySelector("#coordinators-title"));
        Assert.Null(page.QuerySelector("#survey-response-rates-table"));
        Assert.Null(page.QuerySelector("#round-forms-table"));
        Assert.Contains("ei ole laskettavaa", page.QuerySelector("#survey-response-rates-title + p")!.TextContent);
    }
}
