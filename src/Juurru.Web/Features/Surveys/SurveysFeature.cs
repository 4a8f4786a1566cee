using Juurru.Features.Surveys.Answering;
using Juurru.Features.Surveys.Distribution;
using Microsoft.AspNetCore.Authorization;

namespace Juurru.Features.Surveys;

public static class SurveysFeature
{
    public static WebApplicationBuilder AddSurveys(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IAuthorizationHandler, SurveyAuthorizationHandler>();
        builder.Services.AddSingleton<ResponseWriter>();
        builder.Services.AddOptions<SurveyOptions>().BindConfiguration("Juurru:Surveys");
        builder.Services.AddScoped<SurveyEmails>();
        builder.Services.AddScoped<SurveyMailing>();
        builder.Services.AddHostedService<SurveyReminderWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ResponseWriter>());
        return builder;
    }
}
