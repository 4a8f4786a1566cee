using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Juurru.Features.Evaluation;
using Juurru.Features.Practices;
using Juurru.Features.Rooting.Adoptions;
using Juurru.Features.Rooting.Dashboard;
using Juurru.Features.Rooting.FollowUps;
using Juurru.Features.Rooting.Indicators;
using Juurru.Features.Shared;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juurru.Tests.Features.Rooting;

/// <summary>The rooting dashboard's figures, its page for visitors and coordinators, its downloads and its API.</summary>
public sealed class RootingDashboardTests
{
    [Theory]
    [InlineData(5, 3, 63)]
    [InlineData(1, 1, 50)]
    [InlineData(2, 1, 67)]
    [InlineData(0, 4, 0)]
    public void The_share_still_in_use_rounds_half_away_from_zero(int inUse, int stopped, int percent) =>
        Assert.Equal(percent, new ShareRow("all", "", inUse, stopped).SharePercent);

    [Fact]
    public void Nothing_answered_gives_no_share() => Assert.Null(new ShareRow("all", "", 0, 0).SharePercent);

    /// <summary>
    /// A network with an ended project: after 12 months the model (evaluated a model) is in use at one organisation though
    /// another stopped it, one good practice stopped, another is partly in use, a third was never used by the one asked;
    /// after 24 months the model has stopped. Two adoptions, and a common indicator two of three projects report.
    /// </summary>
    private static async Task<(JuurruApp App, Juurru.Features.Networks.Network Network)> WorldAsync(Db db)
    {
        var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network, "Päättynyt hanke");
        var second = await app.ProjectAsync(network, "Toinen hanke");
        await app.ProjectAsync(network, "Kolmas hanke");
        var model = await app.PracticeAsync(project, title: "Malli", kind: PracticeKind.Model);
        var stopped = await app.PracticeAsync(project, title: "Lopetettu");
        var partly = await app.PracticeAsync(project, title: "Osittain");
        var never = await app.PracticeAsync(project, title: "Ei käytetty");
        var one = await app.OrganisationAsync("Yksi");
        var two = await app.OrganisationAsync("Kaksi");
        await app.AdoptionAsync(model, one);
        await app.AdoptionAsync(stopped, two, AdoptionStatus.Stopped);
        await app.WithDbAsync(async ctx =>
        {
            var p = await ctx.Projects.SingleAsync(x => x.Id == project.Id);
            p.EndDate = new DateOnly(2024, 6, 30);
            (await ctx.Practices.SingleAsync(x => x.Id == model.Id)).RecordDecision(EvaluationDecision.Model, await RoundAsync(ctx, network.Id, model.Id), DateTime.UtcNow, false);
            var twelve = new FollowUp { ProjectId = project.Id, NetworkId = network.Id, Months = 12, DueOn = new DateOnly(2025, 6, 30), State = FollowUpState.Sent };
            var twentyFour = new FollowUp { ProjectId = project.Id, NetworkId = network.Id, Months = 24, DueOn = new DateOnly(2026, 6, 30), State = FollowUpState.Sent };
            ctx.FollowUps.AddRange(twelve, twentyFour);
            await ctx.SaveChangesAsync();
            FollowUpAnswer A(FollowUp f, Practice practice, int org, RootingUse use) =>
                new() { FollowUpId = f.Id, PracticeId = practice.Id, OrganisationId = org, Use = use, AnsweredAt = DateTime.UtcNow };
            ctx.FollowUpAnswers.AddRange(A(twelve, model, one.Id, RootingUse.Yes), A(twelve, model, two.Id, RootingUse.No), A(twelve, stopped, two.Id, RootingUse.No),
                A(twelve, partly, one.Id, RootingUse.Partly), A(twelve, never, two.Id, RootingUse.Never), A(twentyFour, model, one.Id, RootingUse.No));
            var common = new CommonIndicator { NetworkId = network.Id, Name = LocalizedText.Of("Osallistujat", "Deltagare", "Participants"), Kind = IndicatorKind.Count };
            ctx.CommonIndicators.Add(common);
            await ctx.SaveChangesAsync();
            foreach (var (projectId, latest, target) in new[] { (project.Id, 120m, 200m), (second.Id, 80m, 100m) })
            {
                var indicator = Indicator.ForProject(projectId, common);
                indicator.Define(new("", "", IndicatorKind.Count, IndicatorDirection.Increase, 0, null, target, new DateOnly(2026, 12, 31), ""));
                indicator.Measure(new DateOnly(2025, 1, 31), latest / 2, "", "");
                indicator.Measure(new DateOnly(2025, 6, 30), latest, "", "");
                ctx.Indicators.Add(indicator);
            }
            await ctx.SaveChangesAsync();
        });
        return (app, network);
    }

    private static async Task<int> RoundAsync(Juurru.Data.JuurruDbContext ctx, int networkId, int practiceId)
    {
        var criteria = DefaultCriteria.For(networkId);
        ctx.Criteria.AddRange(criteria);
        var round = EvaluationRound.Start(networkId, "Kierros", new DateOnly(2025, 1, 1), "", criteria, [practiceId], DateTime.UtcNow);
        ctx.EvaluationRounds.Add(round);
        await ctx.SaveChangesAsync();
        return round.Id;
    }

    [Theory, Databases]
    public async Task The_figures_count_practices_by_their_follow_up_answers(Db db)
    {
        var (app, network) = await WorldAsync(db);
        await using var _ = app;

        var f = (await app.WithDbAsync(ctx => RootingDashboard.ComputeAsync(ctx, app.Services.GetRequiredService<Juurru.Features.Search.FacetTable>(), network.Slug, forCoordinators: true, DateTime.UtcNow, "fi", default)))!;

        Assert.Equal(4, f.PracticesOfEndedProjects);
        var twelve = f.Horizons.Single(h => h.Months == 12);
        Assert.Equal(4, twelve.Asked);
        // The model is in use (one organisation still uses it), the partial one too; one stopped; "never" is not counted.
        Assert.Equal((2, 1, 67), (twelve.Total.InUse, twelve.Total.Stopped, twelve.Total.SharePercent!.Value));
        Assert.Equal((1, 0), twelve.ByKind.Single(r => r.Key == "Model") is var m ? (m.InUse, m.Stopped) : default);
        Assert.Equal((1, 1), twelve.ByKind.Single(r => r.Key == "GoodPractice") is var g ? (g.InUse, g.Stopped) : default);
        Assert.Equal(100, twelve.ByDecision.Single(r => r.Key == "Model").SharePercent);
        Assert.Equal(50, twelve.ByDecision.Single(r => r.Key == RootingDashboard.NotEvaluated).SharePercent);
        Assert.Equal(67, twelve.ByTheme.Single(r => r.Key == "A").SharePercent);
        Assert.Equal(0, f.Horizons.Single(h => h.Months == 24).Total.SharePercent);

        Assert.Equal([new AdoptionYear(2024, 1, 0, 1)], f.AdoptionsByYear);
        var participants = f.CommonIndicators.Single();
        Assert.Equal((2, 3, 200m, 300m, 67), (participants.Reporting, participants.Projects, participants.Sum, participants.TargetSum!.Value, participants.ProgressPercent!.Value));
        var followUps = f.FollowUps!;
        Assert.Equal([12, 24], followUps.Select(c => c.Months));
        Assert.Equal(2, followUps.Sum(c => c.Sent));
    }

    [Theory, Databases]
    public async Task Visitors_see_the_published_figures_and_coordinators_also_the_follow_ups(Db db)
    {
        var (app, network) = await WorldAsync(db);
        await using var _ = app;
        using var visitor = app.NewBrowser();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var url = $"/fi/networks/{network.Slug}/rooting";

        var page = await visitor.PageAsync(url);
        Assert.Contains("käytössä 12 kk jälkeen (2/3)", page.QuerySelector(".figures")!.TextContent);
        Assert.NotNull(page.QuerySelector("figure.chart svg[role=img]"));
        Assert.Contains("Mallit", page.QuerySelector("#after-12")!.ParentElement!.TextContent);
        Assert.Null(page.QuerySelector("#follow-ups-title"));
        Assert.NotNull((await coordinator.PageAsync(url)).QuerySelector("#follow-ups-title"));
        var print = await visitor.PageAsync(url + "?view=print");
        Assert.Null(print.QuerySelector(".site-header"));
        Assert.Null(print.QuerySelector(".report-tools"));
        Assert.NotNull(print.QuerySelector("h1"));

        var api = JsonDocument.Parse(await visitor.Client.GetStringAsync($"/api/v1/networks/{network.Slug}/rooting")).RootElement;
        var total = api.GetProperty("horizons")[0].GetProperty("total");
        Assert.Equal((12, 67), (api.GetProperty("horizons")[0].GetProperty("months").GetInt32(), total.GetProperty("sharePercent").GetInt32()));
        Assert.Equal(JsonValueKind.Null, api.GetProperty("followUps").ValueKind);
        var asCoordinator = JsonDocument.Parse(await coordinator.Client.GetStringAsync($"/api/v1/networks/{network.Slug}/rooting")).RootElement;
        Assert.Equal(2, asCoordinator.GetProperty("followUps").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/api/v1/networks/ei-ole/rooting")).StatusCode);
    }

    [Theory, Databases]
    public async Task The_figures_download_as_csv_and_excel(Db db)
    {
        var (app, network) = await WorldAsync(db);
        await using var _ = app;
        using var visitor = app.NewBrowser();

        var csv = await visitor.GetAsync($"/fi/networks/{network.Slug}/rooting?handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("table,breakdown,group,measure,value", lines[0]);
        Assert.Contains("still_in_use,\"12 months, all\",,share_percent,67", lines);
        Assert.Contains("still_in_use,\"12 months, kind\",Mallit,in_use,1", lines);
        Assert.Contains("common_indicators,,Osallistujat,target_sum,300", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("follow_ups"));

        var xlsx = await visitor.GetAsync($"/fi/networks/{network.Slug}/rooting?handler=Xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        Assert.Equal(lines.Count(l => l.Length > 0), rows.Count);
    }

    [Theory, Databases]
    public async Task A_network_without_follow_ups_shows_empty_figures(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var visitor = app.NewBrowser();

        var page = await visitor.PageAsync($"/fi/networks/{network.Slug}/rooting");

        Assert.Contains("Tämän pituiseen seurantaan ei ole vielä vastattu.", page.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/fi/networks/ei-ole/rooting")).StatusCode);
    }
}
