using System.ComponentModel.DataAnnotations;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Account;

/// <summary>Sends a reset link. The answer is the same whether or not the address has an account, so nobody can probe for accounts.</summary>
public sealed class ForgotPasswordModel(UserManager<User> users, IEmailSender email, IOptions<JuurruOptions> options,
    IStringLocalizer<SharedResource> L) : PageModel
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

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is not null)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var culture = Cultures.Current;
            var link = $"{options.Value.PublicUrl.TrimEnd('/')}/{culture}/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&token={Uri.EscapeDataString(token)}";
            await email.SendAsync(user.Email!, L["Reset your Juurru password"],
                L["Hello {0},\n\nSomeone asked to reset the password of your Juurru account. If it was you, open this link within a day:\n\n{1}\n\nIf it was not you, you can ignore this message.", user.DisplayName, link], ct);
        }
        Sent = true;
        return Page();
    }
}
