using Juurru.Localization;

namespace Juurru.Features.Shared;

public static class CultureLinks
{
    /// <summary>The current address in another language: the first path segment swapped, the query kept.</summary>
    public static string SamePageIn(HttpContext ctx, string culture)
    {
        var segments = (ctx.Request.Path.Value ?? "/").Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count > 0 && Cultures.IsSupported(segments[0])) segments[0] = culture;
        else segments.Insert(0, culture);
        return ctx.Request.PathBase + "/" + string.Join('/', segments) + ctx.Request.QueryString;
    }
}
