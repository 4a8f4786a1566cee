using Microsoft.AspNetCore.Authorization;

namespace Juurru.Features.Projects;

public static class ProjectsFeature
{
    public static WebApplicationBuilder AddProjects(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IAuthorizationHandler, ProjectAuthorizationHandler>();
        builder.Services.AddScoped<ProjectEditor>();
        return builder;
    }
}
