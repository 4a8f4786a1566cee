namespace Juurru.Features.Shared;

/// <summary>Page links for a list; <paramref name="Url"/> builds the address of a page number.</summary>
public sealed record Pager(int Page, int Pages, Func<int, string> Url)
{
    public static int PageCount(int total, int size) => Math.Max(1, (int)Math.Ceiling(total / (double)size));

    /// <summary>
    /// The current page's address with the given query values (empty ones left out). Built by hand because Razor Pages
    /// reserves the route value "page" for the page's own name, so Url.Page cannot carry a "page" number.
    /// </summary>
    public static string Link(HttpRequest request, IEnumerable<KeyValuePair<string, string?>> values) =>
        request.PathBase + request.Path + QueryString.Create(values.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)));

    /// <summary>First, last, and the pages around the current one; null marks a gap.</summary>
    public IEnumerable<int?> Window()
    {
        int? last = null;
        for (var p = 1; p <= Pages; p++)
        {
            if (p == 1 || p == Pages || Math.Abs(p - Page) <= 2)
            {
                if (last is { } l && p - l > 1) yield return null;
                yield return p;
                last = p;
            }
        }
    }
}
