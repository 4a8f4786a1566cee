using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Juurru.Features.Account;

public static class AccountSetup
{
    public const string RateLimitPolicy = "account";

    /// <summary>
    /// Signing in, registering and asking for reset links are limited per client address, so that nobody can guess
    /// passwords at speed or flood people's mailboxes; <see cref="LoginThrottle"/> slows down a client's guesses at one
    /// account on top, without letting anyone lock the owner out.
    /// </summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AccountEmails>();
        builder.Services.AddScoped<AccountDeletion>();
        builder.Services.AddScoped<PersonalData>();
        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services.AddSingleton<AccountMailQueue>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AccountMailQueue>());
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimitPolicy, http =>
                // Reading the pages is free; only their posts count.
                HttpMethods.IsPost(http.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("read"));
        });
        return builder;
    }
}
