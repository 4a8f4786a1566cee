using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Juurru.Features.OpenData;

/// <summary>
/// Entity tags on the API's GET answers, so that a harvester polling the API gets "304 Not Modified" instead of the
/// same JSON again (RFC 9110, 8.8.3 and 13.1.2). The tag is a hash of the answer itself: whatever changes what a
/// caller sees (new content, a right, the language) changes the tag. Answers are gathered up to
/// <see cref="Largest"/> bytes to be hashed; a larger one goes out as it comes, without a tag. The downloads carry a
/// tag of the data they are made of instead (<see cref="ExportApi"/>), so that they are not gathered.
/// </summary>
public static class ApiETags
{
    public const int Largest = 1024 * 1024;

    public static IApplicationBuilder UseApiETags(this IApplicationBuilder app) => app.UseWhen(
        ctx => HttpMethods.IsGet(ctx.Request.Method) && ctx.Request.Path.StartsWithSegments("/api/v1")
               && !ctx.Request.Path.StartsWithSegments("/api/v1/export"),
        branch => branch.Use(TagAsync));

    /// <summary>Whether the request's If-None-Match names <paramref name="tag"/> (or is "*").</summary>
    public static bool Matches(HttpRequest request, EntityTagHeaderValue tag) =>
        request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(tag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any));

    /// <summary>A strong tag of some bytes: the first 16 bytes of their SHA-256.</summary>
    public static EntityTagHeaderValue TagOf(ReadOnlySpan<byte> content) =>
        new($"\"{Convert.ToHexStringLower(SHA256.HashData(content)[..16])}\"");

    private static async Task TagAsync(HttpContext ctx, RequestDelegate next)
    {
        var original = ctx.Features.Get<IHttpResponseBodyFeature>()!;
        var gathered = new GatheringStream(original.Stream, Largest);
        var wrapper = new StreamResponseBodyFeature(gathered, original);
        ctx.Features.Set<IHttpResponseBodyFeature>(wrapper);
        try
        {
            await next(ctx);
            await wrapper.CompleteAsync(); // what was written through the body's pipe, into the gathered bytes
        }
        finally
        {
            ctx.Features.Set(original);
        }
        if (gathered.PassedThrough) return;
        var body = gathered.Gathered;
        if (ctx.Response.StatusCode == StatusCodes.Status200OK)
        {
            var tag = TagOf(body.Span);
            ctx.Response.GetTypedHeaders().ETag = tag;
            if (Matches(ctx.Request, tag))
            {
                ctx.Response.StatusCode = StatusCodes.Status304NotModified;
                ctx.Response.ContentLength = null;
                ctx.Response.Headers.ContentType = default;
                return;
            }
        }
        // Nothing written, nothing sent: the response must not start, so that the status-code pages can explain a refusal.
        if (body.Length > 0) await original.Stream.WriteAsync(body, ctx.RequestAborted);
    }

    /// <summary>Keeps what is written, up to a limit; beyond it, sends what it kept and lets the rest through.</summary>
    private sealed class GatheringStream(Stream inner, int limit) : Stream
    {
        private readonly MemoryStream _kept = new();

        public bool PassedThrough { get; private set; }
        public ReadOnlyMemory<byte> Gathered => _kept.GetBuffer().AsMemory(0, (int)_kept.Length);

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Flush() { }
        public override Task FlushAsync(CancellationToken ct) => PassedThrough ? inner.FlushAsync(ct) : Task.CompletedTask;

        public override void Write(byte[] buffer, int offset, int count) =>
            throw new InvalidOperationException("Synchronous writes are not allowed.");

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
        {
            if (!PassedThrough && _kept.Length + buffer.Length <= limit)
            {
                _kept.Write(buffer.Span);
                return;
            }
            if (!PassedThrough)
            {
                PassedThrough = true;
                await inner.WriteAsync(Gathered, ct);
            }
            await inner.WriteAsync(buffer, ct);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            WriteAsync(buffer.AsMemory(offset, count), ct).AsTask();
    }
}
