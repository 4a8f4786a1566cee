using Microsoft.AspNetCore.Authorization;

namespace Juurru.Features.Events;

/// <summary>The networks' events: the calendar, the event pages with their programmes, iCalendar, the API.</summary>
public static class EventsFeature
{
    public static WebApplicationBuilder AddEvents(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IAuthorizationHandler, EventAuthorizationHandler>();
        return builder;
    }

    public static WebApplication MapEvents(this WebApplication app)
    {
        EventsApi.Map(app);
        return app;
    }
}
