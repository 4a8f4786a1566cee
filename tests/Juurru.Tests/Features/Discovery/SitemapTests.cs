using System.Net;
using System.Xml.Linq;
using Juurru.Features.Practices;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Discovery;

/// <summary>robots.txt and the sitemaps: search engines find every public page and none of the private ones.</summary>
public sealed class SitemapTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Theory, Databases]
    public async Task Robots_keep_crawlers_out_of_survey_links_and_accounts_and_name_the_sitemap(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        using var visitor = app.NewBrowser();

        using var response = await visitor.GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains("Disallow: /fi/s/", lines);
        Assert.Contains("Disallow: /sv/account/", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }

    [Theory, Databases]
    public async Task The_sitemaps_list_published_practices_and_the_public_pages_in_every_language(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var published = await app.PracticeAsync(project, title: "Julkaistu");
        var draft = await app.PracticeAsync(project, PracticeStatus.Draft, title: "Luonnos");
        var shown = await app.EventAsync(network, "Teematapahtuma", DateTime.UtcNow.AddDays(3));
        await app.EventAsync(network, "Tapahtuman luonnos", DateTime.UtcNow.AddDays(4), published: false);
        using var visitor = app.NewBrowser();

        var index = await XmlAsync(visitor, "/sitemap.xml");
        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var sitemaps = index.Root.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(["http://localhost/sitemaps/practices-1.xml", "http://localhost/sitemaps/projects-1.xml",
            "http://localhost/sitemaps/organisations-1.xml", "http://localhost/sitemaps/events-1.xml", "http://localhost/sitemaps/networks-1.xml"], sitemaps);

        var practices = await XmlAsync(visitor, "/sitemaps/practices-1.xml");
        var url = Assert.Single(practices.Root!.Elements(Sitemap + "url"));
        Assert.Equal($"http://localhost/fi/practices/{published.Id}/julkaistu", url.Element(Sitemap + "loc")!.Value);
        Assert.Matches(@"^\d{4}-\d\d-\d\d$", url.Element(Sitemap + "lastmod")!.Value);
        Assert.Equal([("fi", $"http://localhost/fi/practices/{published.Id}/julkaistu"), ("sv", $"http://localhost/sv/practices/{published.Id}/julkaistu"), ("en", $"http://localhost/en/practices/{published.Id}/julkaistu")],
            url.Elements(Xhtml + "link").Select(l => ((string)l.Attribute("hreflang")!, (string)l.Attribute("href")!)));
        Assert.DoesNotContain($"/practices/{draft.Id}", practices.ToString());

        var networks = (await XmlAsync(visitor, "/sitemaps/networks-1.xml")).Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Contains($"http://localhost/fi/networks/{network.Slug}", networks);
        Assert.Contains($"http://localhost/fi/themes/{await app.WithDbAsync(d => d.Themes.Where(t => t.NetworkId == network.Id).Select(t => t.Id).FirstAsync())}", networks);
        Assert.Equal(await app.WithDbAsync(async d => await d.Networks.CountAsync() + await d.Themes.CountAsync()), networks.Count); // with the reference networks
        Assert.Single((await XmlAsync(visitor, "/sitemaps/projects-1.xml")).Root!.Elements(Sitemap + "url"));
        var events = (await XmlAsync(visitor, "/sitemaps/events-1.xml")).Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal([$"http://localhost/fi/events/{shown.Id}/teematapahtuma"], events);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/sitemaps/users-1.xml")).StatusCode);
    }

    private static async Task<XDocument> XmlAsync(Browser browser, string path)
    {
        using var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
