namespace Juurru.Features.Joining;

public static class JoiningFeature
{
    public static WebApplicationBuilder AddJoining(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<JoinRequests>();
        return builder;
    }
}
