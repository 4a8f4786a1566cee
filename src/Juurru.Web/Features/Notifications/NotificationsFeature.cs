using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Juurru.Features.Notifications;

public static class NotificationsFeature
{
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<NotificationOptions>(builder.Configuration.GetSection($"{JuurruOptions.Section}:Notifications"));
        builder.Services.AddScoped<Notifier>();
        builder.Services.AddScoped<NotificationMailer>();
        builder.Services.AddSingleton<NotificationSignal>();
        builder.Services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<NotificationSignal>());
        builder.Services.AddHostedService<NotificationWorker>();
        return builder;
    }
}
