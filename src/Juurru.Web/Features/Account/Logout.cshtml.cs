using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Account;

/// <summary>Signing out is a POST with the antiforgery token, so no link elsewhere can sign a user out.</summary>
public sealed class LogoutModel(SignInManager<User> signIn, IStringLocalizer<SharedResource> L) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Home/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["Message"] = L["You have signed out."].Value;
        return RedirectToPage("/Home/Index");
    }
}
