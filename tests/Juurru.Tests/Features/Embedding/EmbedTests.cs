using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Juurru.Features.Practices;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Embedding;

/// <summary>Embeddable lists of practices: framable by other sites, the rest of Juurru not; published practices only.</summary>
public sealed class EmbedTests
{
    [Theory, Databases]
    public async Task A_project_list_for_another_site_may_be_framed_and_shows_its_published_practices(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync(), "Mentorit mukaan");
        var published = await app.PracticeAsync(project, title: "Vertaismentorointi");
        await app.PracticeAsync(project, PracticeStatus.Draft, title: "Luonnos");
        using var visitor = app.NewBrowser();

        using var response = await visitor.GetAsync($"/sv/embed/projects/{project.Id}?theme=dark&accent=blue&limit=5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors *", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        var page = await Browser.ParseAsync(response);
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("embed theme-dark accent-blue", page.Body!.ClassName);
        Assert.Null(page.QuerySelector(".site-header"));
        var links = page.QuerySelectorAll(".embed-list a").ToList();
        var link = Assert.Single(links);
        Assert.Equal($"http://localhost/sv/practices/{published.Id}/vertaismentorointi", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Contains("Praxis: Mentorit mukaan", page.QuerySelector("h1")!.TextContent);
    }

    [Theory, Databases]
    public async Task Unknown_parameters_fall_back_and_the_rest_of_the_site_refuses_framing(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        for (var i = 0; i < 3; i++) await app.PracticeAsync(project, title: $"Käytäntö {i}");
        var theme = await app.WithDbAsync(d => d.Themes.Where(t => t.NetworkId == network.Id && t.ParentId == null).Select(t => t.Id).FirstAsync());
        using var visitor = app.NewBrowser();

        var page = await visitor.PageAsync($"/fi/embed/themes/{theme}?theme=<script>&accent=red&limit=2&heading=false");
        Assert.Equal("embed theme-light accent-green", page.Body!.ClassName);
        Assert.Equal(2, page.QuerySelectorAll(".embed-list li").Length);
        Assert.Null(page.QuerySelector("h1"));
        Assert.Contains("Kaikki 3 käytäntöä", page.QuerySelector(".embed-more")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/fi/embed/organisations/999999")).StatusCode);

        using var ordinary = await visitor.GetAsync($"/fi/themes/{theme}");
        Assert.Contains("frame-ancestors 'none'", ordinary.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", ordinary.Headers.GetValues("X-Frame-Options").Single());
    }

    [Theory, Databases]
    public async Task The_project_page_offers_the_snippet_to_copy(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        await app.PracticeAsync(project);
        using var visitor = app.NewBrowser();

        var page = await visitor.PageAsync($"/fi/projects/{project.Id}");

        var code = page.QuerySelector<IHtmlTextAreaElement>("#embed-code")!.Value;
        Assert.StartsWith($"<iframe src=\"http://localhost/fi/embed/projects/{project.Id}\"", code);
        Assert.Contains("title=\"Käytännöt: Testihanke\"", code);
    }
}
