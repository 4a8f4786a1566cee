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
public sealed class RegisterModel(UserManager<User> users, AccountEmails emails) : PageModel
{
    [BindProperty] public RegisterForm Form { get; set; } = new();

    public sealed class RegisterForm
    {
        [Required(ErrorMessage = "Enter your name.")]
        [StringLength(200, ErrorMessage = "A text can be at most {1} characters long.")]
        [Display(Name = "Name")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Give a valid email address.")]
        [StringLength(256, ErrorMessage = "A text can be at most {1} characters long.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(200, MinimumLength = 10, ErrorMessage = "The password must be at least {2} characters long.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Compare(nameof(Password), ErrorMessage = "The passwords do not match.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password again")]
        public string ConfirmPassword { get; set; } = "";
    }

    public bool Registered { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var user = new User { UserName = Form.Email.Trim(), Email = Form.Email.Trim(), DisplayName = Form.DisplayName.Trim() };
        var result = await users.CreateAsync(user, Form.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code.Contains("Password") ? "Form.Password" : error.Code.Contains("Email") || error.Code.Contains("UserName") ? "Form.Email" : "";
                ModelState.AddModelError(field, error.Description);
            }
            return Page();
        }
        // Rights are granted by e-mail address, so an account is used only once its address is proven.
        await emails.SendConfirmationAsync(user, ct);
        Registered = true;
        return Page();
    }
}
