namespace Juurru.Features.About;

public static class AboutFeature
{
    public static WebApplicationBuilder AddAbout(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SiteTexts>();
        return builder;
    }
}
