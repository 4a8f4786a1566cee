using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Account;

/// <summary>Signing out is a POST with the antiforgery token, so no link elsewhere can sign a user out.</summary>
public sealed class LogoutModel(SignInManager<User> signIn, UserManager<User> users, IStringLocalizer<SharedResource> L) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Home/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp makes every copy of the cookie worthless, not only this browser's (SessionValidation).
        if (await users.GetUserAsync(User) is { } user) await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        TempData["Message"] = L["You have signed out."].Value;
        return RedirectToPage("/Home/Index");
    }
}
