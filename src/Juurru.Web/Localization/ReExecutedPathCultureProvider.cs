using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace Juurru.Localization;

/// <summary>
/// Error pages are shown by re-executing the request at /error/{code}; their language is that of the address
/// that failed (/sv/… gets a Swedish "page not found").
/// </summary>
public sealed class ReExecutedPathCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var original = httpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
                       ?? httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        var first = original?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return Task.FromResult(Cultures.IsSupported(first) ? new ProviderCultureResult(first!) : null);
    }
}
