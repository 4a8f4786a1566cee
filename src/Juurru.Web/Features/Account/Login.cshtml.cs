using System.ComponentModel.DataAnnotations;
using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Account;

/// <summary>
/// Signing in tells nothing about an address until its password is proven: the same message and the same work (one
/// password hash) whether or not it has an account, and failures slow down only the client that makes them.
/// </summary>
[EnableRateLimiting(AccountSetup.RateLimitPolicy)]
public sealed class LoginModel(SignInManager<User> signIn, UserManager<User> users, LoginThrottle throttle, AccountMailQueue mail,
    IStringLocalizer<SharedResource> L) : PageModel
{
    // Verifying against this hash costs as much as verifying a real one (made by the same hasher and settings).
    private static string? _decoyHash;

    [BindProperty] public LoginForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class LoginForm
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [StringLength(256, ErrorMessage = "A text can be at most {1} characters long.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "A text can be at most {1} characters long.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in")]
        public bool RememberMe { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var email = Form.Email.Trim();
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var wait = throttle.WaitFor(client, email);
        if (wait > TimeSpan.Zero)
        {
            ModelState.AddModelError("", L.Plural((int)Math.Ceiling(wait.TotalSeconds), "Too many failed attempts. Wait {0} second and try again.", "Too many failed attempts. Wait {0} seconds and try again."));
            return Page();
        }

        var user = await users.FindByEmailAsync(email);
        var proven = user is null
            ? Decoy(Form.Password)
            : await users.CheckPasswordAsync(user, Form.Password);
        if (!proven)
        {
            throttle.Failed(client, email);
            ModelState.AddModelError("", L["The email address or the password is not correct."]);
            return Page();
        }
        throttle.Succeeded(client, email);

        // The password is proven, so now it is safe to say what else stands in the way.
        if (await users.IsLockedOutAsync(user!))
        {
            ModelState.AddModelError("", L["This account is locked. Ask the site's administrator."]);
            return Page();
        }
        if (!user!.EmailConfirmed)
        {
            // Only the address is still unproven. A fresh link saves a trip to "register" again.
            mail.Enqueue((emails, ct) => emails.SendConfirmationAsync(user.Id, ct));
            ModelState.AddModelError("", L["Confirm your e-mail address first: we sent a new link to {0}.", user.Email!]);
            return Page();
        }
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            // Half signed in: Identity's two-factor cookie names the account until the code is given.
            var pending = new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Name, user.Id)],
                IdentityConstants.TwoFactorUserIdScheme);
            await HttpContext.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new System.Security.Claims.ClaimsPrincipal(pending));
            return RedirectToPage("/Account/LoginTwoFactor", new { ReturnUrl, Form.RememberMe });
        }
        await signIn.SignInAsync(user, Form.RememberMe);
        // Only addresses of this site: never redirect to one given from outside.
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Account/Index");
    }

    private bool Decoy(string password)
    {
        _decoyHash ??= users.PasswordHasher.HashPassword(new User(), Guid.NewGuid().ToString());
        users.PasswordHasher.VerifyHashedPassword(new User(), _decoyHash, password);
        return false;
    }
}
