using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juurru.Features.Shared;

/// <summary>Sends a request for a page under another address (a number without words, old words) to the page's own.</summary>
public static class CanonicalAddress
{
    /// <summary>
    /// A permanent redirect to this page with <paramref name="slug"/>, keeping the query. Marked not to be reused without
    /// asking: a browser that kept "old words → new words" would loop if a title were changed back.
    /// </summary>
    public static IActionResult RedirectToSlug(this PageModel page, int id, string? slug)
    {
        page.Response.Headers.CacheControl = "no-cache";
        return new RedirectResult(page.Url.Page(null, new { id, slug })! + page.Request.QueryString, permanent: true);
    }
}
