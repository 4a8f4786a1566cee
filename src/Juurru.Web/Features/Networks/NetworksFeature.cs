using Microsoft.AspNetCore.Authorization;

namespace Juurru.Features.Networks;

public static class NetworksFeature
{
    public static WebApplicationBuilder AddNetworks(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IAuthorizationHandler, NetworkAuthorizationHandler>();
        return builder;
    }
}
