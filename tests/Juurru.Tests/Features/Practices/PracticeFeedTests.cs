using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Juurru.Features.Practices;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.Practices;

/// <summary>Newly published practices as Atom feeds of any list, checked against RFC 4287 and read by .NET's feed reader.</summary>
public sealed class PracticeFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory, Databases]
    public async Task The_method_bank_offers_an_atom_feed_of_its_newest_published_practices(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        await app.PracticeAsync(project, title: "Vertaismentorointi");
        await app.PracticeAsync(project, title: "Uraohjauksen työpaja");
        await app.PracticeAsync(project, PracticeStatus.Draft, title: "Keskeneräinen luonnos");
        using var visitor = app.NewBrowser();

        var list = await visitor.PageAsync("/fi/practices");
        var href = list.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href")!;
        using var response = await visitor.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.Empty(RfcProblems(XDocument.Parse(xml)));
        var feed = SyndicationFeed.Load(XmlReader.Create(new StringReader(xml)));
        Assert.Equal(["Uraohjauksen työpaja", "Vertaismentorointi"], feed.Items.Select(i => i.Title.Text)); // newest first, no draft
        Assert.StartsWith("http://localhost/fi/practices/", feed.Items.First().Links.Single(l => l.RelationshipType == "alternate").Uri.ToString());
        Assert.Equal("http://localhost" + href, feed.Links.Single(l => l.RelationshipType == "self").Uri.ToString());
    }

    [Theory, Databases]
    public async Task A_networks_page_and_a_search_have_feeds_of_their_own_practices(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync("Polkuverkosto");
        var other = await app.NetworkAsync("Muu verkosto");
        await app.PracticeAsync(await app.ProjectAsync(network), title: "Vertaismentorointi");
        await app.PracticeAsync(await app.ProjectAsync(other), title: "Työelämäjakso");
        await app.PracticeAsync(await app.ProjectAsync(other), title: "Mentoroinnin malli");
        using var visitor = app.NewBrowser();

        var page = await visitor.PageAsync($"/fi/networks/{network.Slug}");
        var networkFeed = await FeedAsync(visitor, page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href")!);
        Assert.Equal(["Vertaismentorointi"], networkFeed.Items.Select(i => i.Title.Text));
        Assert.Contains("Polkuverkosto", networkFeed.Title.Text);

        var search = await visitor.PageAsync("/fi/practices?q=mentorointi");
        var searchFeed = await FeedAsync(visitor, search.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href")!);
        Assert.Equal(["Mentoroinnin malli", "Vertaismentorointi"], searchFeed.Items.Select(i => i.Title.Text));
    }

    private static async Task<SyndicationFeed> FeedAsync(Browser browser, string href)
    {
        var xml = await browser.Client.GetStringAsync(href);
        Assert.Empty(RfcProblems(XDocument.Parse(xml)));
        return SyndicationFeed.Load(XmlReader.Create(new StringReader(xml)));
    }

    /// <summary>What RFC 4287 requires of a feed and its entries (section 4.1): ids, titles, update times, authors, links.</summary>
    internal static List<string> RfcProblems(XDocument doc)
    {
        var problems = new List<string>();
        var feed = doc.Root!;
        if (feed.Name != Atom + "feed") problems.Add($"root is {feed.Name}");
        foreach (var required in new[] { "id", "title", "updated" })
            if (feed.Elements(Atom + required).Count() != 1) problems.Add($"feed needs exactly one {required}");
        var feedHasAuthor = feed.Elements(Atom + "author").Any(a => a.Element(Atom + "name") is not null);
        if (!feed.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") == "self")) problems.Add("feed has no self link");
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            foreach (var required in new[] { "id", "title", "updated" })
                if (entry.Elements(Atom + required).Count() != 1) problems.Add($"entry needs exactly one {required}");
            if (!feedHasAuthor && !entry.Elements(Atom + "author").Any()) problems.Add("entry without an author in a feed without one");
            if (entry.Element(Atom + "content") is null && !entry.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate"))
                problems.Add("entry without content needs an alternate link");
            if (!Uri.TryCreate(entry.Element(Atom + "id")?.Value, UriKind.Absolute, out _)) problems.Add("entry id is not an IRI");
            if (!DateTimeOffset.TryParse(entry.Element(Atom + "updated")?.Value, out _)) problems.Add("entry updated is not a date");
        }
        return problems;
    }
}
