using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Juurru.Features.Telemetry;

/// <summary>
/// Metrics and traces over OTLP (to an OpenTelemetry Collector, Prometheus with its OTLP receiver, Grafana, Jaeger…),
/// turned on by giving an endpoint: <c>Juurru:Telemetry:OtlpEndpoint</c> (http/protobuf), or OpenTelemetry's own
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> and related variables. Nothing is collected for export without one.
/// </summary>
public static class TelemetryFeature
{
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<JuurruTelemetry>();
        var endpoint = builder.Configuration[$"{JuurruOptions.Section}:Telemetry:OtlpEndpoint"];
        var standard = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(standard)) return builder;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("juurru"))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddMeter(JuurruTelemetry.Name))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddSource(JuurruTelemetry.Name));
        if (string.IsNullOrWhiteSpace(endpoint)) telemetry.UseOtlpExporter();
        else telemetry.UseOtlpExporter(OtlpExportProtocol.HttpProtobuf, new Uri(endpoint));
        return builder;
    }
}
