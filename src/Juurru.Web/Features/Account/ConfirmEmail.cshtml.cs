using Juurru.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juurru.Features.Account;

/// <summary>The link of the confirmation message: proves the address and opens the account for signing in.</summary>
public sealed class ConfirmEmailModel(UserManager<User> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? token)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token)) return Page();
        var user = await users.FindByIdAsync(userId);
        // Only a valid link confirms, also for an address confirmed before: the page never says more than it knows.
        Confirmed = user is not null && (await users.ConfirmEmailAsync(user, token)).Succeeded;
        return Page();
    }
}
