using System.ComponentModel.DataAnnotations;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Account;

/// <summary>
/// Registration answers the same whether or not the address already has an account ("we sent a link"); its owner gets
/// a message saying so instead of a confirmation link, so the page cannot be used to find out who has an account.
/// </summary>
[EnableRateLimiting(AccountSetup.RateLimitPolicy)]
public sealed class RegisterModel(UserManager<User> users, AccountMailQueue mail) : PageModel
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
        [StringLength(PasswordRules.MaximumLength, MinimumLength = PasswordRules.MinimumLength, ErrorMessage = "The password must be at least {2} characters long.")]
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

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = new User { UserName = Form.Email.Trim(), Email = Form.Email.Trim(), DisplayName = Form.DisplayName.Trim(), Language = Cultures.Current };
        // The password's own faults are told first: they say nothing about the address.
        foreach (var validator in users.PasswordValidators)
        {
            foreach (var error in (await validator.ValidateAsync(users, user, Form.Password)).Errors) ModelState.AddModelError("Form.Password", error.Description);
        }
        if (!ModelState.IsValid) return Page();

        var existing = await users.FindByEmailAsync(user.Email);
        var created = existing is null ? await users.CreateAsync(user, Form.Password) : null;
        if (created is { Succeeded: false } && created.Errors.All(e => e.Code is not ("DuplicateEmail" or "DuplicateUserName")))
        {
            foreach (var error in created.Errors) ModelState.AddModelError(error.Code.Contains("Email") || error.Code.Contains("UserName") ? "Form.Email" : "", error.Description);
            return Page();
        }
        if (created is { Succeeded: true })
        {
            // Rights are granted by e-mail address, so an account is used only once its address is proven.
            mail.Enqueue((emails, ct) => emails.SendConfirmationAsync(user.Id, ct));
        }
        else
        {
            // The address has an account (or got one a moment ago): hash as creating would, and tell only its owner.
            users.PasswordHasher.HashPassword(user, Form.Password);
            existing ??= await users.FindByEmailAsync(user.Email);
            if (existing is not null) mail.Enqueue((emails, ct) => emails.SendAlreadyRegisteredAsync(existing.Id, ct));
        }
        Registered = true;
        return Page();
    }
}
