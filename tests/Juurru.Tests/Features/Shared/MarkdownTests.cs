using Juurru.Data;
using Juurru.Features.Shared;

namespace Juurru.Tests.Features.Shared;

public sealed class MarkdownTests
{
    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var html = Markdown.Render("Hei <script>alert(1)</script> ja <img src=x onerror=alert(1)>").Value!;
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Dangerous_link_addresses_are_removed_and_external_links_marked()
    {
        var html = Markdown.Render("[klikkaa](javascript:alert(1)) [data](data:text/html,x) <vbscript:x> [ok](https://example.org) [oma](/fi/practices)").Value!;
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("data:text", html);
        Assert.Contains("href=\"https://example.org\" rel=\"nofollow noopener\"", html);
        Assert.Contains("href=\"/fi/practices\"", html);
    }

    [Fact]
    public void Images_from_elsewhere_become_links_so_that_no_tracker_is_called()
    {
        var html = Markdown.Render("![laskuri](https://seuranta.example.com/pixel.gif) ![oma](/images/kuva.png)").Value!;
        Assert.DoesNotContain("<img src=\"https://seuranta", html);
        Assert.Contains("<a href=\"https://seuranta.example.com/pixel.gif\" rel=\"nofollow noopener\">laskuri</a>", html);
        Assert.Contains("<img src=\"/images/kuva.png\"", html);
    }

    [Fact]
    public void Headings_start_below_the_pages_own()
    {
        var html = Markdown.Render("# Otsikko\n\n## Alaotsikko").Value!;
        Assert.Contains("<h3", html);
        Assert.Contains("<h4", html);
        Assert.DoesNotContain("<h1", html);
    }

    [Fact]
    public void Sort_keys_put_finnish_letters_after_z()
    {
        var names = new[] { "Ähtäri", "Zeta", "Öljy", "Åbo", "aamu", "Banaani" };
        Assert.Equal(["aamu", "Banaani", "Zeta", "Åbo", "Ähtäri", "Öljy"], names.OrderBy(TextKeys.SortKey, StringComparer.Ordinal));
        Assert.Equal("vertais mentorointi", TextKeys.Normalize("  Vertais\tMENTOROINTI "));
        Assert.Equal("tsetanes naal koulutuspoluilla", TextKeys.Fold("Tšetanes naal – koulutuspoluilla"));
    }
}
