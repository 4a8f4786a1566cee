using System.ComponentModel.DataAnnotations;
using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Account;

/// <summary>The second step of signing in: the password was right, now the app's code or a recovery code.</summary>
[EnableRateLimiting(AccountSetup.RateLimitPolicy)]
public sealed class LoginTwoFactorModel(SignInManager<User> signIn, LoginThrottle throttle, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty(SupportsGet = true)] public bool RememberMe { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the six-digit code from the app.")]
    [StringLength(40, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Code from the app or a recovery code")]
    public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Account/Login");
        if (!ModelState.IsValid) return Page();
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var account = "2fa:" + user.Id;
        if (throttle.WaitFor(client, account) is var wait && wait > TimeSpan.Zero)
        {
            ModelState.AddModelError("", L.Plural((int)Math.Ceiling(wait.TotalSeconds), "Too many failed attempts. Wait {0} second and try again.", "Too many failed attempts. Wait {0} seconds and try again."));
            return Page();
        }
        var code = Code.Trim().Replace(" ", "");
        // Six digits are the app's code; anything else is tried as a recovery code (each works once).
        var result = code.All(char.IsDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (!result.Succeeded)
        {
            throttle.Failed(client, account);
            ModelState.AddModelError(nameof(Code), L["The code is not correct. Check the time on your phone and try the newest code."]);
            return Page();
        }
        throttle.Succeeded(client, account);
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Account/Index");
    }
}
