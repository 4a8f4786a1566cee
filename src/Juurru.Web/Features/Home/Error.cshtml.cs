using System.Globalization;
using Juurru.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juurru.Features.Home;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int? code) => Show(code);
    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        Code = code ?? 500;
        // Error pages are reached by re-execution: the language comes from the address that failed.
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
                       ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? "";
        var first = original.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var culture = new CultureInfo(Cultures.IsSupported(first) ? first! : Cultures.Default);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        Response.StatusCode = Code;
    }
}
