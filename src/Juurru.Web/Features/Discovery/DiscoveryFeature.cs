namespace Juurru.Features.Discovery;

/// <summary>How search engines and harvesters find the public content: robots.txt and the sitemaps.</summary>
public static class DiscoveryFeature
{
    public static WebApplication MapDiscovery(this WebApplication app)
    {
        app.MapSitemaps();
        return app;
    }
}
