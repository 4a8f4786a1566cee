namespace Juurru.Features.OpenData;

/// <summary>
/// Open data: whole-set downloads of the method bank and the project registry under the networks' licences, and their
/// DCAT-AP catalogue for open-data portals.
/// </summary>
public static class OpenDataFeature
{
    public static WebApplicationBuilder AddOpenData(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<Catalog>();
        builder.Services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(ApiRateLimits.Configure);
        return builder;
    }

    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder app)
    {
        app.MapExportApi();
        app.MapGet("/api/v1/catalog", async (Catalog catalog, CancellationToken ct) =>
                Results.Text((await catalog.DescribeAsync(ct)).ToJsonString(), Catalog.ContentType))
            .WithTags("Open data").WithName("Catalog")
            .WithSummary("The datasets (practices and projects, whole and per network) in DCAT-AP as JSON-LD, for open-data portals to harvest.")
            .Produces(StatusCodes.Status200OK, contentType: Catalog.ContentType);
        return app;
    }
}
