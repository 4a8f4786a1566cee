using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juurru.Features.Home;

/// <summary>Status code and exception pages; the language comes from the failed address (ReExecutedPathCultureProvider).</summary>
/// <remarks>
/// Nothing is model-bound here: a re-executed request keeps its method and body, and binding would read a form that
/// may be the very reason for the error. Only error codes are served; /error/0 or /error/204 is a page not found.
/// </remarks>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet() => Show();
    public void OnPost() => Show();

    private void Show()
    {
        Code = int.TryParse(RouteData.Values["code"] as string, out var code) && code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
    }
}
