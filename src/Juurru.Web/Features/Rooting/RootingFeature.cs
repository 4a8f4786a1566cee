using Juurru.Features.Rooting.Adoptions;
using Microsoft.AspNetCore.Authorization;

namespace Juurru.Features.Rooting;

/// <summary>Indicators, adoptions, the rooting follow-up and the dashboard: registered from Program.cs.</summary>
public static class RootingFeature
{
    public static WebApplicationBuilder AddRooting(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IAuthorizationHandler, AdoptionAuthorizationHandler>();
        builder.Services.AddScoped<AdoptionWork>();
        return builder;
    }
}
