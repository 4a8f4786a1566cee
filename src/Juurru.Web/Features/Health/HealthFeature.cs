using Juurru.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Juurru.Features.Health;

/// <summary>
/// Probes for a load balancer or an orchestrator. <c>/healthz</c>: the process answers (liveness, no checks, so a slow
/// database never gets a live instance restarted). <c>/readyz</c>: it can reach its database (readiness: send it traffic).
/// An instance listens only once its database is upgraded and seeded, so answering at all means upgrades are done.
/// Both answer plain text, are not cached, and carry no data.
/// </summary>
public static class HealthFeature
{
    private const string Ready = "ready";

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddDbContextCheck<JuurruDbContext>("database", tags: [Ready]);
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).ExcludeFromDescription();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) }).ExcludeFromDescription();
        return app;
    }
}
