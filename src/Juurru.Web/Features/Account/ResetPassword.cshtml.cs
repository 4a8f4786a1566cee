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
public sealed class ResetPasswordModel(UserManager<User> users, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Email { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string Token { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(PasswordRules.MaximumLength, MinimumLength = PasswordRules.MinimumLength, ErrorMessage = "The password must be at least {2} characters long.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string Password { get; set; } = "";

    [BindProperty]
    [Compare(nameof(Password), ErrorMessage = "The passwords do not match.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password again")]
    public string ConfirmPassword { get; set; } = "";

    public IActionResult OnGet() => string.IsNullOrEmpty(Token) ? BadRequest() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Email);
        // An unknown address gets the same answer as a stale link.
        var result = user is null ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken()) : await users.ResetPasswordAsync(user, Token, Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(error.Code.Contains("Password") ? nameof(Password) : "", error.Description);
            return Page();
        }
        if (!user!.EmailConfirmed)
        {
            // The token came by e-mail, so the address is proven: this is how invited experts set up their account.
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        TempData["Message"] = L["Your password was changed. Sign in with the new password."].Value;
        return RedirectToPage("/Account/Login");
    }
}
