using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace Juurru.Features;

/// <summary>
/// A request whose form cannot be read (a multipart body without its boundary or cut short, a file name with a quote or
/// a line break, bytes that are not what the content type says) is the client's fault: it gets 400 and the error page
/// in the page's language, instead of an exception. The error page is then shown on an empty form, so nothing reads
/// the broken body a second time.
/// </summary>
public static class UnreadableRequests
{
    public static IApplicationBuilder UseUnreadableRequests(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        try
        {
            await next();
        }
        catch (Exception e) when (!ctx.Response.HasStarted && StatusFor(e) is { } status)
        {
            ctx.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
            ctx.Response.Clear();
            ctx.Response.StatusCode = status;
        }
    });

    private static int? StatusFor(Exception e) => e switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException or IOException or FormatException or DecoderFallbackException when FromFormReading(e) => StatusCodes.Status400BadRequest,
        _ => e.InnerException is { } inner ? StatusFor(inner) : null,
    };

    // Only failures of the framework's own form and multipart readers: the same exception types thrown by the
    // application's code are its own bugs and must stay server errors.
    private static bool FromFormReading(Exception e) =>
        new StackTrace(e).GetFrames().Any(f => f.GetMethod()?.DeclaringType is { } type &&
            (type.Namespace == "Microsoft.AspNetCore.WebUtilities" || type.FullName?.StartsWith("Microsoft.AspNetCore.Http.Features.FormFeature", StringComparison.Ordinal) == true));
}
