using System.Net;
using Juurru.Features.Practices;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Statistics;

/// <summary>The statistics page as a ministry analyst reads it: charts with their tables, choices in the address, downloads.</summary>
public sealed class StatisticsTests
{
    /// <summary>Two networks: "Polkuverkosto" with a model (2021) and a good practice (2023) and a draft; another with one practice.</summary>
    private static async Task<(JuurruApp App, string Slug)> TwoNetworksAsync(Db db)
    {
        var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync("Polkuverkosto");
        var project = await app.ProjectAsync(network, "Polkuhanke");
        var model = await app.PracticeAsync(project, title: "Mentorointimalli", kind: PracticeKind.Model);
        var good = await app.PracticeAsync(project, title: "Työpaja");
        await app.PracticeAsync(project, PracticeStatus.Draft, title: "Luonnos");
        await app.PracticeAsync(await app.ProjectAsync(await app.NetworkAsync("Muu verkosto")), title: "Toinen");
        await app.WithDbAsync(async d =>
        {
            // Saved as an edit, so that the search index (which the practice figures are counted from) follows.
            (await d.Practices.SingleAsync(p => p.Id == model.Id)).Year = 2021;
            (await d.Practices.SingleAsync(p => p.Id == good.Id)).Year = 2023;
            return await d.SaveChangesAsync();
        });
        return (app, network.Slug);
    }

    [Theory, Databases]
    public async Task The_national_view_counts_every_published_practice_and_a_network_its_own(Db db)
    {
        var (app, slug) = await TwoNetworksAsync(db);
        await using var _ = app;
        using var analyst = app.NewBrowser();

        var national = await analyst.PageAsync("/fi/statistics");
        var network = await analyst.PageAsync($"/fi/statistics?network={slug}");

        Assert.Equal("Kaikkien verkostojen tilastot", national.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("3 ", national.QuerySelector(".figures li")!.TextContent.Trim());
        Assert.Equal("Tilastot: Polkuverkosto", network.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("2 ", network.QuerySelector(".figures li")!.TextContent.Trim());
        var kinds = Rows(network, "practice-kinds");
        Assert.Equal([("Mallit", "1", "50,0"), ("Hyvät käytännöt", "1", "50,0")], kinds);
        Assert.NotNull(network.QuerySelector("#practice-kinds-caption"));
        Assert.NotNull(network.QuerySelector("figure.chart svg[aria-labelledby='practice-kinds-caption']"));
        Assert.Contains(("A. Ohjaus", "2", "100,0"), Rows(network, "practice-themes"));
        Assert.Contains(("Ei arvioitu", "2", "100,0"), Rows(network, "practice-decisions"));
        Assert.Equal([("Käynnissä", "1", "100,0")], Rows(network, "project-status"));
    }

    [Theory, Databases]
    public async Task Years_narrow_the_practices_and_a_range_backwards_is_refused_with_a_message(Db db)
    {
        var (app, slug) = await TwoNetworksAsync(db);
        await using var _ = app;
        using var analyst = app.NewBrowser();

        var years = await analyst.PageAsync($"/fi/statistics?network={slug}&from=2022&to=2024");
        var backwards = await analyst.PageAsync($"/fi/statistics?network={slug}&from=2024&to=2022");

        Assert.Equal([("2023", "1", "100,0")], Rows(years, "practice-years"));
        Assert.Equal("2022", years.QuerySelector("#from")!.GetAttribute("value"));
        Assert.Contains("Anna vuodet väliltä", backwards.QuerySelector(".error-summary")!.TextContent);
        Assert.StartsWith("2 ", backwards.QuerySelector(".figures li")!.TextContent.Trim()); // shown without the years
    }

    [Theory, Databases]
    public async Task The_figures_download_as_a_workbook_and_as_csv(Db db)
    {
        var (app, slug) = await TwoNetworksAsync(db);
        await using var _ = app;
        using var analyst = app.NewBrowser();
        var page = await analyst.PageAsync($"/fi/statistics?network={slug}");

        var workbook = await Workbooks.ReadAsync(await analyst.GetAsync(page.QuerySelector("a[href*='handler=Xlsx']")!.GetAttribute("href")!));
        var csv = await analyst.Client.GetStringAsync(page.QuerySelector("a[href*='handler=Csv']:not([href*='excel'])")!.GetAttribute("href")!);

        Assert.Contains("Käytännöt lajeittain", workbook.Keys);
        Assert.Equal(["Jakauma", "Ryhmä", "Luku", "Kaikkiaan", "%"], workbook["Käytännöt lajeittain"][0]);
        Assert.Equal(["Käytännöt lajeittain", "Mallit", "1", "2", "50"], workbook["Käytännöt lajeittain"][1]);
        Assert.Contains("Käytännöt lajeittain,Mallit,1,2,50", csv);
    }

    [Theory, Databases]
    public async Task An_unknown_network_has_no_statistics(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        using var anyone = app.NewBrowser();

        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/fi/statistics?network=ei-ole")).StatusCode);
    }

    /// <summary>The rows of a chart's table: group, number, per cent.</summary>
    private static List<(string, string, string)> Rows(AngleSharp.Dom.IDocument page, string id) =>
        page.QuerySelector($"#{id}-title")!.NextElementSibling!.NextElementSibling!.QuerySelectorAll("tbody tr")
            .Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelectorAll("td")[0].TextContent, r.QuerySelectorAll("td")[1].TextContent)).ToList();
}
