using System.ComponentModel.DataAnnotations;
using Juurru.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Juurru.Features.Account;

/// <summary>Sends a reset link. The answer is the same whether or not the address has an account, so nobody can probe for accounts.</summary>
[EnableRateLimiting(AccountSetup.RateLimitPolicy)]
public sealed class ForgotPasswordModel(UserManager<User> users, AccountMailQueue mail) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Give a valid email address.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is not null) mail.Enqueue((emails, ct) => emails.SendPasswordResetAsync(user.Id, ct));
        Sent = true;
        return Page();
    }
}
