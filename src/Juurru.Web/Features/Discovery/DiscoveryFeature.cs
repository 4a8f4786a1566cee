namespace Juurru.Features.Discovery;

/// <summary>How search engines and harvesters find the public content: robots.txt, the sitemaps and schema.org markup.</summary>
public static class DiscoveryFeature
{
    public static WebApplicationBuilder AddDiscovery(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SchemaOrg>();
        return builder;
    }

    public static WebApplication MapDiscovery(this WebApplication app)
    {
        app.MapSitemaps();
        return app;
    }
}
