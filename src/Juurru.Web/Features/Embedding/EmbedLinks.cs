using Microsoft.Extensions.Options;

namespace Juurru.Features.Embedding;

/// <summary>Addresses inside an embedded list are absolute: the page is shown on another site.</summary>
public static class EmbedLinks
{
    public static string Absolute(HttpContext http, string path) =>
        http.RequestServices.GetRequiredService<IOptions<JuurruOptions>>().Value.Absolute(path);

    // Finnish and Swedish letters stay letters in the code people copy; only what HTML needs is escaped.
    private static readonly System.Text.Encodings.Web.HtmlEncoder Attribute =
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The iframe an owner pastes into their own page.</summary>
    public static string Snippet(HttpContext http, string embedPath, string title) =>
        $"<iframe src=\"{Absolute(http, embedPath)}\" title=\"{Attribute.Encode(title)}\" width=\"100%\" height=\"480\" loading=\"lazy\" style=\"border: 0\"></iframe>";
}

/// <summary>What the snippet box on an organisation's or project's page needs: the embed page's path and the frame's title.</summary>
public sealed record EmbedSnippet(string Path, string Title);
