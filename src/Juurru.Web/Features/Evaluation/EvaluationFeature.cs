using Microsoft.AspNetCore.Authorization;
namespace Juurru.Features.Evaluation;

public sealed class EvaluationOptions
{
    /// <summary>How many days before a round's deadline evaluators with unsubmitted forms are reminded.</summary>
    public int ReminderDaysBefore { get; set; } = 3;

    /// <summary>How often the reminder check runs; 0 turns the automatic reminders off (tests, a second instance).</summary>
    public int ReminderCheckMinutes { get; set; } = 60;
}

public static class EvaluationFeature
{
    public static WebApplicationBuilder AddEvaluation(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EvaluationOptions>().BindConfiguration("Juurru:Evaluation");
        builder.Services.AddScoped<EvaluationEmails>();
        builder.Services.AddScoped<EvaluationReminders>();
        builder.Services.AddScoped<RoundWork>();
        builder.Services.AddScoped<IAuthorizationHandler, RoundAuthorizationHandler>();
        builder.Services.AddScoped<IAuthorizationHandler, AssignmentAuthorizationHandler>();
        builder.Services.AddHostedService<EvaluationReminderWorker>();
        return builder;
    }
}
