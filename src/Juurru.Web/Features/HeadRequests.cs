using Microsoft.AspNetCore.Http.Features;

namespace Juurru.Features;

/// <summary>
/// HEAD is answered like GET without the body (RFC 9110, 9.3.2): link checkers, monitors and crawlers ask with it.
/// Razor Pages do so by themselves; endpoints mapped for GET alone (the API, attachments, feeds) answered 405. The
/// request is routed as a GET, and what the endpoint writes is dropped; the status and headers stay.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadLikeGet(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (!HttpMethods.IsHead(ctx.Request.Method))
        {
            await next();
            return;
        }
        var body = ctx.Features.Get<IHttpResponseBodyFeature>()!;
        ctx.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        ctx.Request.Method = HttpMethods.Get;
        try
        {
            await next();
        }
        finally
        {
            ctx.Request.Method = HttpMethods.Head;
            ctx.Features.Set(body);
        }
    });
}
