using Microsoft.AspNetCore.Authorization;

namespace Juurru.Features.Organisations;

public static class OrganisationsFeature
{
    public static WebApplicationBuilder AddOrganisations(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IAuthorizationHandler, OrganisationAuthorizationHandler>();
        return builder;
    }
}
