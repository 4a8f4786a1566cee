using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace Juurru.Features.Shared;

/// <summary>
/// Renders the long texts users write. Raw HTML is off (it shows as text), and links or images whose
/// address is not http(s), mailto or relative lose their address, so no "javascript:" can get through. Images show
/// only from this site or the configured hosts (<see cref="JuurruOptions.ImageHosts"/>): any other image becomes a
/// link, so that a text cannot make its readers' browsers call a tracker.
/// </summary>
public static class Markdown
{
    private static IReadOnlySet<string> _imageHosts = new HashSet<string>();

    /// <summary>Set once at start-up from configuration.</summary>
    public static void AllowImagesFrom(IEnumerable<string> hosts) =>
        _imageHosts = hosts.Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).ToHashSet();

    public static bool MayShowImage(string? url) =>
        url is not null && (url.StartsWith('/') && !url.StartsWith("//")
            || Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && _imageHosts.Contains(uri.Host.ToLowerInvariant()));

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .UsePipeTables()
        .Build();

    public static HtmlString Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return HtmlString.Empty;
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url)) link.Url = "";
            if (link.IsImage && !MayShowImage(link.Url)) link.IsImage = false; // the alt text becomes the link's text
            if (IsExternal(link.Url)) link.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener");
        }
        foreach (var auto in document.Descendants<AutolinkInline>())
        {
            if (!auto.IsEmail && !IsSafe(auto.Url)) auto.Url = "";
        }
        // Headings inside user text start at level 3: the page owns h1 and h2.
        foreach (var heading in document.Descendants<HeadingBlock>()) heading.Level = Math.Clamp(heading.Level + 2, 3, 6);
        return new HtmlString(Markdig.Markdown.ToHtml(document, Pipeline));
    }

    /// <summary>Plain text of a Markdown text, for summaries and search.</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdig.Markdown.ToPlainText(markdown, Pipeline).Trim();

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var trimmed = url.Trim();
        if (trimmed.StartsWith('#') || (trimmed.StartsWith('/') && !trimmed.StartsWith("//"))) return true;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto);
    }

    private static bool IsExternal(string? url) => url is not null && (url.StartsWith("http://") || url.StartsWith("https://"));
}
