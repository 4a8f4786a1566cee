using System.Xml;
using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Discovery;

/// <summary>
/// What search engines may crawl and where the public pages are: <c>robots.txt</c> keeps them out of respondents'
/// survey links, accounts and the managing pages; <c>sitemap.xml</c> is an index of sitemaps (at most
/// <see cref="PerFile"/> addresses each, the protocol allows 50,000) listing every published practice, project,
/// organisation, network and theme in Finnish with its Swedish and English versions as alternates. Written as a stream:
/// a bank of 100,000 practices is never held in memory.
/// </summary>
public static class Sitemaps
{
    public const int PerFile = 10_000;
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    /// <summary>The kinds of public page, each listed in its own numbered sitemaps.</summary>
    public static readonly string[] Kinds = ["practices", "projects", "organisations", "events", "networks"];

    private sealed record Page(string Path, DateTime? Modified);

    public static IEndpointRouteBuilder MapSitemaps(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (IOptions<JuurruOptions> options) => Results.Text(Robots(options.Value), "text/plain; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/sitemap.xml", IndexAsync).ExcludeFromDescription();
        app.MapGet("/sitemaps/{kind}-{number:int}.xml", ListAsync).ExcludeFromDescription();
        return app;
    }

    public static string Robots(JuurruOptions options)
    {
        var lines = new List<string> { "User-agent: *" };
        foreach (var culture in Cultures.Supported)
            foreach (var area in new[] { "s", "account", "admin", "surveys", "evaluation", "events/edit" })
                lines.Add($"Disallow: /{culture}/{area}/");
        lines.Add("Disallow: /api/");
        lines.Add("");
        lines.Add($"Sitemap: {options.Absolute("/sitemap.xml")}");
        return string.Join("\n", lines) + "\n";
    }

    private static async Task IndexAsync(HttpContext http, JuurruDbContext db, IOptions<JuurruOptions> options, CancellationToken ct)
    {
        var counts = new Dictionary<string, int>
        {
            ["practices"] = await db.Practices.CountAsync(p => p.Status == PracticeStatus.Published, ct),
            ["projects"] = await db.Projects.CountAsync(ct),
            ["organisations"] = await db.Organisations.CountAsync(ct),
            ["networks"] = await db.Networks.CountAsync(ct) + await db.Themes.CountAsync(ct),
            ["events"] = await db.Events.CountAsync(e => e.IsPublished, ct),
        };
        await using var xml = await StartAsync(http, "sitemapindex");
        foreach (var kind in Kinds)
        {
            for (var n = 1; n <= Math.Max(1, (counts[kind] + PerFile - 1) / PerFile); n++)
            {
                await xml.WriteStartElementAsync(null, "sitemap", SitemapNs);
                await xml.WriteElementStringAsync(null, "loc", SitemapNs, options.Value.Absolute($"/sitemaps/{kind}-{n}.xml"));
                await xml.WriteEndElementAsync();
            }
        }
        await xml.WriteEndDocumentAsync();
    }

    private static async Task ListAsync(HttpContext http, string kind, int number, JuurruDbContext db, IOptions<JuurruOptions> options, CancellationToken ct)
    {
        if (!Kinds.Contains(kind) || number < 1)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await using var xml = await StartAsync(http, "urlset");
        await xml.WriteAttributeStringAsync("xmlns", "xhtml", null, XhtmlNs);
        await foreach (var page in PagesAsync(db, kind, (number - 1) * PerFile, ct))
        {
            await xml.WriteStartElementAsync(null, "url", SitemapNs);
            await xml.WriteElementStringAsync(null, "loc", SitemapNs, options.Value.Absolute($"/{Cultures.Default}/{page.Path}"));
            if (page.Modified is { } modified) await xml.WriteElementStringAsync(null, "lastmod", SitemapNs, modified.ToString("yyyy-MM-dd"));
            foreach (var culture in Cultures.Supported)
            {
                await xml.WriteStartElementAsync("xhtml", "link", XhtmlNs);
                await xml.WriteAttributeStringAsync(null, "rel", null, "alternate");
                await xml.WriteAttributeStringAsync(null, "hreflang", null, culture);
                await xml.WriteAttributeStringAsync(null, "href", null, options.Value.Absolute($"/{culture}/{page.Path}"));
                await xml.WriteEndElementAsync();
            }
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndDocumentAsync();
    }

    /// <summary>One sitemap's pages of a kind, from the given position, read row by row.</summary>
    private static async IAsyncEnumerable<Page> PagesAsync(JuurruDbContext db, string kind, int skip, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var pages = kind switch
        {
            "practices" => db.Practices.AsNoTracking().Where(p => p.Status == PracticeStatus.Published).OrderBy(p => p.Id).Select(p => new Page(Slugs.PracticePath(p.Id, p.Title), p.UpdatedAt)),
            "projects" => db.Projects.AsNoTracking().OrderBy(p => p.Id).Select(p => new Page(Slugs.ProjectPath(p.Id, p.Name), p.UpdatedAt)),
            "organisations" => db.Organisations.AsNoTracking().OrderBy(o => o.Id).Select(o => new Page("organisations/" + o.Id, null)),
            "events" => db.Events.AsNoTracking().Where(e => e.IsPublished).OrderBy(e => e.Id).Select(e => new Page(Slugs.EventPath(e.Id, e.Title), e.UpdatedAt)),
            // Networks, then their themes: a few hundred at most, so they share one list.
            _ => db.Networks.AsNoTracking().OrderBy(n => n.Id).Select(n => new Page("networks/" + n.Slug, null)),
        };
        var count = 0;
        await foreach (var page in pages.Skip(skip).Take(PerFile).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            yield return page;
        }
        if (kind != "networks") yield break;
        var themes = db.Themes.AsNoTracking().OrderBy(t => t.Id).Select(t => new Page("themes/" + t.Id, null));
        var networks = await db.Networks.CountAsync(ct);
        await foreach (var page in themes.Skip(Math.Max(0, skip - networks)).Take(PerFile - count).AsAsyncEnumerable().WithCancellation(ct))
            yield return page;
    }

    private static async Task<XmlWriter> StartAsync(HttpContext http, string root)
    {
        http.Response.ContentType = "application/xml; charset=utf-8";
        var xml = XmlWriter.Create(http.Response.Body, new XmlWriterSettings { Async = true, Encoding = new System.Text.UTF8Encoding(false) });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, root, SitemapNs);
        return xml;
    }
}
