using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Fuzz;

/// <summary>A form as a page shows it: where it goes, how, and the fields a browser would send.</summary>
public sealed record FoundForm(string Page, string Action, string Method, IReadOnlyList<KeyValuePair<string, string>> Fields,
    IReadOnlyList<string> FileFields)
{
    public string? Token => Fields.FirstOrDefault(f => f.Key == "__af").Value;
    public IEnumerable<string> Names => Fields.Select(f => f.Key).Where(n => n != "__af").Distinct();
}

/// <summary>
/// Follows the site's own links as one browser, a few addresses per kind of page (ids and keys count as one kind),
/// and collects every page address and form on the way.
/// </summary>
public sealed partial class SiteWalker(Browser browser, int perKind = 2, int maxPages = 400)
{
    private readonly Dictionary<string, int> _kinds = [];
    private readonly HashSet<string> _seen = [];

    public List<string> Pages { get; } = [];
    public List<FoundForm> Forms { get; } = [];
    public List<(string Url, HttpStatusCode Status)> ServerErrors { get; } = [];

    public async Task WalkAsync(params string[] starts)
    {
        var queue = new Queue<string>(starts);
        while (queue.Count > 0 && Pages.Count < maxPages)
        {
            var url = queue.Dequeue();
            if (!_seen.Add(url)) continue;
            var kind = KindOf(url);
            if (_kinds.GetValueOrDefault(kind) >= perKind) continue;
            _kinds[kind] = _kinds.GetValueOrDefault(kind) + 1;

            var response = await browser.GetAsync(url);
            if ((int)response.StatusCode >= 500) ServerErrors.Add((url, response.StatusCode));
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            Pages.Add(url);
            var page = await Browser.ParseAsync(response);
            foreach (var link in page.QuerySelectorAll<IHtmlAnchorElement>("a[href]"))
            {
                var href = link.GetAttribute("href")!;
                if (href.StartsWith("http://localhost/", StringComparison.Ordinal)) href = href["http://localhost".Length..]; // e.g. a survey's public link
                if (href.StartsWith("/fi/", StringComparison.Ordinal) || href == "/fi") queue.Enqueue(href.Split('#')[0]);
            }
            foreach (var form in page.QuerySelectorAll<IHtmlFormElement>("form")) Forms.Add(Read(url, form));
        }
    }

    /// <summary>/fi/practices/12/edit and /fi/practices/40/edit are one kind of page; so are two survey keys.</summary>
    public static string KindOf(string url)
    {
        var path = url.Split('?')[0];
        var query = url.Contains('?') ? "?" + string.Join("&", url.Split('?', 2)[1].Split('&').Select(p => p.Split('=')[0]).Order()) : "";
        return IdSegment().Replace(path, "/*") + query;
    }

    private static FoundForm Read(string pageUrl, IHtmlFormElement form)
    {
        var fields = Browser.FieldsOf(form).ToList();
        var files = form.QuerySelectorAll<IHtmlInputElement>("input[type=file][name]").Select(i => i.Name!).ToList();
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        var method = (form.GetAttribute("method") ?? "get").ToLowerInvariant();
        return new FoundForm(pageUrl, target, method, fields, files);
    }

    [GeneratedRegex(@"/(\d+|[A-Za-z0-9_-]{20,})(?=/|$)")]
    private static partial Regex IdSegment();
}
