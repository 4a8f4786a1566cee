using System.Security.Claims;
using Juurru.Data;
using Juurru.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Juurru.Identity;

public static class IdentitySetup
{
    public static WebApplicationBuilder AddJuurruIdentity(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<User, IdentityRole>(o =>
            {
                // Length and guessability over composition rules (PasswordRules).
                o.Password.RequiredLength = PasswordRules.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = true;
                // Coordinators grant rights by e-mail address: an address must be proven before the account is used.
                o.SignIn.RequireConfirmedEmail = true;
                // No lockout by failed passwords: an outsider could keep the owner out. LoginThrottle slows the guesser.
                o.Lockout.AllowedForNewUsers = false;
            })
            .AddEntityFrameworkStores<JuurruDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddPasswordValidator<GuessablePasswordValidator>()
            .AddClaimsPrincipalFactory<JuurruClaimsFactory>();

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "juurru.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            o.Events.OnRedirectToLogin = ctx => Redirect(ctx, "account/login", StatusCodes.Status401Unauthorized);
            // A refusal is a plain 403; the status code page explains it in the page's language.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentUser>();
        builder.Services.AddSingleton<SmtpEmailSender>();
        builder.Services.AddSingleton<FolderEmailSender>();
        builder.Services.AddSingleton<IEmailSender>(sp => new MeasuredEmailSender(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<JuurruOptions>>().Value.Email.Mode == EmailMode.Smtp
                ? sp.GetRequiredService<SmtpEmailSender>()
                : sp.GetRequiredService<FolderEmailSender>(),
            sp.GetRequiredService<Features.Telemetry.JuurruTelemetry>()));
        return builder;
    }

    // APIs answer with a status code; pages go to the login page in the page's own language.
    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx,
        string page, int apiStatus)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = apiStatus;
            return Task.CompletedTask;
        }
        var culture = ctx.Request.RouteValues["culture"] as string;
        if (!Cultures.IsSupported(culture)) culture = Cultures.Default;
        var returnUrl = ctx.Request.PathBase + ctx.Request.Path + ctx.Request.QueryString;
        ctx.Response.Redirect($"{ctx.Request.PathBase}/{culture}/{page}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        return Task.CompletedTask;
    }
}

/// <summary>Adds the display name to the cookie so that the layout need not query for it.</summary>
public sealed class JuurruClaimsFactory(UserManager<User> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim("display_name", string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        return identity;
    }
}

/// <summary>Identity's validation messages in the user's language.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> L) : IdentityErrorDescriber
{
    private IdentityError E(string code, string message, params object[] args) => new() { Code = code, Description = L[message, args] };

    public override IdentityError DefaultError() => E(nameof(DefaultError), "Something went wrong. Please try again.");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), "The email address {0} is already in use.", email);
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), "The email address {0} is already in use.", userName);
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), "The email address {0} is not valid.", email ?? "");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), "The email address {0} is not valid.", userName ?? "");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "The link has expired or has already been used. Ask for a new one.");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "The password is not correct.");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), "The password must be at least {0} characters long.", length);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), "The password must contain at least {0} different characters.", uniqueChars);
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), "The user already has the role {0}.", role);
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), "The user does not have the role {0}.", role);
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Someone else changed this at the same time. Reload the page and try again.");
}
