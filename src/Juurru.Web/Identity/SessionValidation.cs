using System.Security.Claims;
using Juurru.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Juurru.Identity;

/// <summary>
/// Every signed-in request compares the cookie's security stamp with the account's: a role change, a lock, a password
/// change or a sign-out (each of which renews the stamp) ends every older session at its next request. Identity's own
/// validator does the same only every 30 minutes, and reissues the cookie each time; this is one primary-key lookup.
/// </summary>
public static class SessionValidation
{
    /// <summary>Whether the signed-in account has a second factor, read with the stamp (for <see cref="StaffTwoFactor"/>).</summary>
    public const string TwoFactorEnabledKey = "juurru.two-factor";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal is null || id is null) return;
        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = principal.FindFirstValue(stampClaim);
        var db = services.GetRequiredService<JuurruDbContext>();
        var account = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.LockoutEnd, u.TwoFactorEnabled }).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (account is not null && stamp is not null && account.SecurityStamp == stamp && !(account.LockoutEnd > now))
        {
            context.HttpContext.Items[TwoFactorEnabledKey] = account.TwoFactorEnabled;
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
