using Juurru.Localization;
using Microsoft.Extensions.Options;

namespace Juurru.Identity;

/// <summary>
/// With <see cref="JuurruOptions.RequireTwoFactorForStaff"/>, administrators and coordinators without a second factor
/// reach only their account pages: everything else sends them to set one up. Their rights reach every network's
/// data, so a password alone is not enough to use them.
/// </summary>
public static class StaffTwoFactor
{
    public static IApplicationBuilder UseStaffTwoFactor(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.User.Identity?.IsAuthenticated == true
            && ctx.Items.TryGetValue(SessionValidation.TwoFactorEnabledKey, out var enabled) && enabled is false
            && ctx.RequestServices.GetRequiredService<IOptions<JuurruOptions>>().Value.RequireTwoFactorForStaff
            && !IsAccountOrError(ctx.Request.Path))
        {
            var scope = await ctx.RequestServices.GetRequiredService<CurrentUser>().GetScopeAsync(ctx.RequestAborted);
            if (scope.IsAdministrator || scope.IsCoordinator)
            {
                var culture = ctx.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
                if (!Cultures.IsSupported(culture)) culture = Cultures.Default;
                if (ctx.Request.Path.StartsWithSegments("/api")) ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                else ctx.Response.Redirect($"{ctx.Request.PathBase}/{culture}/account/two-factor");
                return;
            }
        }
        await next();
    });

    private static bool IsAccountOrError(PathString path)
    {
        var segments = path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var rest = segments.Length > 0 && Cultures.IsSupported(segments[0]) ? segments.Skip(1).ToArray() : segments;
        return rest.Length == 0 ? false : rest[0] is "account" or "error" or "css" or "js" or "favicon.ico";
    }
}
