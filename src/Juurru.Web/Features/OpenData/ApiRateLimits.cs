using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Juurru.Features.OpenData;

/// <summary>
/// The API's limits per client address (<see cref="ApiOptions"/>): a fixed window of a minute for all of /api/v1, and a
/// smaller one for the whole-set downloads. A refusal is 429 with Retry-After, explained as problem details like every
/// other API error. Pages are not limited here; the sign-in and registration forms have their own limit.
/// </summary>
public static class ApiRateLimits
{
    public static void Configure(RateLimiterOptions options)
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
        options.OnRejected = (context, _) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        };
    }

    private static RateLimitPartition<string> Partition(HttpContext http)
    {
        var path = http.Request.Path;
        var address = http.Connection.RemoteIpAddress;
        if (!path.StartsWithSegments("/api/v1") || address is not null && IPAddress.IsLoopback(address))
            return RateLimitPartition.GetNoLimiter("free");
        var limits = http.RequestServices.GetRequiredService<IOptions<JuurruOptions>>().Value.Api;
        var download = path.StartsWithSegments("/api/v1/export");
        var key = $"{(download ? "download" : "api")}:{address?.ToString() ?? "unknown"}";
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = download ? limits.DownloadsPerMinute : limits.RequestsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
