using System.ComponentModel.DataAnnotations;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Account;

[EnableRateLimiting(AccountSetup.RateLimitPolicy)]
public sealed class LoginModel(SignInManager<User> signIn, UserManager<User> users, AccountEmails emails, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty] public LoginForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class LoginForm
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in")]
        public bool RememberMe { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Form.Email.Trim(), Form.Password, Form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // Only addresses of this site: never redirect to one given from outside.
            return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Account/Index");
        }
        if (result.IsNotAllowed && await users.FindByEmailAsync(Form.Email.Trim()) is { EmailConfirmed: false } unconfirmed)
        {
            // The password was right; only the address is still unproven. A fresh link saves a trip to "register" again.
            await emails.SendConfirmationAsync(unconfirmed, ct);
            ModelState.AddModelError("", L["Confirm your e-mail address first: we sent a new link to {0}.", unconfirmed.Email!]);
            return Page();
        }
        ModelState.AddModelError("", result.IsLockedOut
            ? L["Too many failed attempts. The account is locked for 15 minutes."]
            : L["The email address or the password is not correct."]);
        return Page();
    }
}
