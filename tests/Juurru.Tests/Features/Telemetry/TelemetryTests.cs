using System.Collections.Concurrent;
using System.Text;
using Juurru.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Juurru.Tests.Features.Telemetry;

/// <summary>Metrics and traces reach an OTLP receiver when an endpoint is configured, as the operations docs say.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task With_an_otlp_endpoint_request_and_search_metrics_and_traces_are_exported()
    {
        // A stand-in for an OpenTelemetry Collector: keeps what is posted to /v1/metrics and /v1/traces.
        var received = new ConcurrentDictionary<string, ConcurrentBag<byte[]>>();
        var receiverBuilder = WebApplication.CreateSlimBuilder();
        receiverBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var receiver = receiverBuilder.Build();
        receiver.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            received.GetOrAdd(signal, _ => []).Add(body.ToArray());
            return Results.Ok();
        });
        await receiver.StartAsync();
        var endpoint = receiver.Urls.Single();

        using var site = new SiteProcess();
        site.Start(environment: new Dictionary<string, string>
        {
            ["Juurru__Telemetry__OtlpEndpoint"] = endpoint, ["OTEL_METRIC_EXPORT_INTERVAL"] = "500", ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });
        await site.AnsweringAsync(TimeSpan.FromSeconds(120));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{site.Port}") };
        (await http.GetAsync("/fi/practices?q=ohjaus")).EnsureSuccessStatusCode();

        // OTLP over http/protobuf carries names as plain UTF-8 strings.
        bool Holds(string signal, string text) => received.TryGetValue(signal, out var bodies)
            && bodies.Any(b => Encoding.UTF8.GetString(b).Contains(text, StringComparison.Ordinal));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!(Holds("metrics", "juurru.search.duration") && Holds("metrics", "http.server.request.duration") && Holds("traces", "search practices"))
               && clock.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(200);

        Assert.True(Holds("metrics", "http.server.request.duration"), "no request metrics arrived");
        Assert.True(Holds("metrics", "juurru.search.duration"), "no search metrics arrived");
        Assert.True(Holds("traces", "search practices"), "no search span arrived");
        Assert.True(Holds("metrics", "juurru"), "the service is not named");
    }
}
