using Juurru.Features.Rooting.Adoptions;
using Juurru.Features.Rooting.FollowUps;
using Juurru.Features.Surveys.Answering;
using Microsoft.AspNetCore.Authorization;

namespace Juurru.Features.Rooting;

/// <summary>Indicators, adoptions, the rooting follow-up and the dashboard: registered from Program.cs.</summary>
public static class RootingFeature
{
    public static WebApplicationBuilder AddRooting(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IAuthorizationHandler, AdoptionAuthorizationHandler>();
        builder.Services.AddScoped<AdoptionWork>();
        builder.Services.AddOptions<RootingOptions>().BindConfiguration("Juurru:Rooting");
        builder.Services.AddScoped<FollowUpSender>();
        builder.Services.AddScoped<ConfirmationRequests>();
        builder.Services.AddScoped<RootingChecks>();
        builder.Services.AddSingleton<FollowUpSurveys>();
        builder.Services.AddScoped<Surveys.Answering.ISubmissionHandler, FollowUpAnswers>();
        builder.Services.AddHostedService<RootingWorker>();
        return builder;
    }
}
