namespace Juurru.Features.Statistics;

/// <summary>Statistics of the method bank, the project registry and the organisations (the page at /statistics), with
/// survey and evaluation figures for coordinators.</summary>
public static class StatisticsFeature
{
    public static WebApplicationBuilder AddStatistics(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<NetworkStatistics>();
        builder.Services.AddScoped<CoordinatorStatistics>();
        return builder;
    }
}
