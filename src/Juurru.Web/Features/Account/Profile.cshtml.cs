using System.ComponentModel.DataAnnotations;
using Juurru.Data;
using Juurru.Features.Notifications;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Account;

/// <summary>
/// The person's own settings: name and language, which notifications come by e-mail, password, a copy of their data,
/// and deleting the account. Each form posts to its own handler and validates only its own fields.
/// </summary>
[Authorize]
public sealed class ProfileModel(JuurruDbContext db, UserManager<User> users, SignInManager<User> signIn, AccountDeletion deletion,
    PersonalData personalData, IStringLocalizer<SharedResource> L) : PageModel
{
    public sealed class DetailsForm
    {
        [Required(ErrorMessage = "Enter your name.")]
        [StringLength(200, ErrorMessage = "A text can be at most {1} characters long.")]
        [Display(Name = "Name")]
        public string DisplayName { get; set; } = "";

        [Display(Name = "Language of messages")]
        public string Language { get; set; } = Cultures.Default;
    }

    public sealed class PasswordForm
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(PasswordRules.MaximumLength, MinimumLength = PasswordRules.MinimumLength, ErrorMessage = "The password must be at least {2} characters long.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string New { get; set; } = "";

        [Compare(nameof(New), ErrorMessage = "The passwords do not match.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password again")]
        public string Confirm { get; set; } = "";
    }

    public string Email { get; private set; } = "";
    public DetailsForm Details { get; private set; } = new();
    public PasswordForm Password { get; private set; } = new();
    /// <summary>The kinds this person gets by e-mail (the others are on their notifications page only).</summary>
    public IReadOnlySet<NotificationKind> Emailed { get; private set; } = new HashSet<NotificationKind>();
    public IReadOnlyList<string> Organisations { get; private set; } = [];
    public string? DeleteError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await CurrentAsync();
        Details = new DetailsForm { DisplayName = user.DisplayName, Language = user.Language };
        return await ShowAsync(user, ct);
    }

    public async Task<IActionResult> OnPostDetailsAsync([Bind(Prefix = nameof(Details))] DetailsForm details, CancellationToken ct)
    {
        var user = await CurrentAsync();
        Details = details;
        if (!Cultures.IsSupported(details.Language)) ModelState.AddModelError($"{nameof(Details)}.{nameof(DetailsForm.Language)}", L["Choose a language from the list."]);
        if (!ModelState.IsValid) return await ShowAsync(user, ct);
        user.DisplayName = details.DisplayName.Trim();
        user.Language = details.Language;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user); // the name in the menu comes from the cookie
        TempData["Message"] = L["Your details were saved."].Value;
        return RedirectToPage();
    }

    /// <summary>The form lists every kind; a box left unticked keeps that kind off e-mail.</summary>
    public async Task<IActionResult> OnPostNotificationsAsync(List<NotificationKind> email, CancellationToken ct)
    {
        var user = await CurrentAsync();
        var off = Enum.GetValues<NotificationKind>().Except(email).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.NotificationOptOuts.Where(o => o.UserId == user.Id).ExecuteDeleteAsync(ct);
        db.NotificationOptOuts.AddRange(off.Select(kind => new NotificationOptOut { UserId = user.Id, Kind = kind }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        TempData["Message"] = L["Your notification settings were saved."].Value;
        return RedirectToPage(null, null, null, "notifications");
    }

    public async Task<IActionResult> OnPostPasswordAsync([Bind(Prefix = nameof(Password))] PasswordForm password, CancellationToken ct)
    {
        var user = await CurrentAsync();
        if (ModelState.IsValid)
        {
            var result = await users.ChangePasswordAsync(user, password.Current, password.New);
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Password.Current" : "Password.New", error.Description);
            if (result.Succeeded)
            {
                // The new security stamp ends the other sessions; this one continues.
                await signIn.RefreshSignInAsync(user);
                TempData["Message"] = L["Your password was changed. Other devices have to sign in again."].Value;
                return RedirectToPage();
            }
        }
        Details = new DetailsForm { DisplayName = user.DisplayName, Language = user.Language };
        return await ShowAsync(user, ct);
    }

    /// <summary>Everything Juurru holds about the person, as JSON (the right of access).</summary>
    public async Task<IActionResult> OnGetDataAsync(CancellationToken ct)
    {
        var user = await CurrentAsync();
        var json = await personalData.ExportAsync(user, ct);
        return File(json, "application/json", $"juurru-{DateTime.UtcNow:yyyy-MM-dd}.json");
    }

    /// <summary>Deleting needs the password and a ticked box: it cannot be undone.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(string? password, bool confirm, CancellationToken ct)
    {
        var user = await CurrentAsync();
        if (!confirm) DeleteError = L["Tick the box to confirm that you want to delete your account."];
        else if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password)) DeleteError = L["The password is not correct."];
        else if (await deletion.DeleteAsync(user.Id, ct) == AccountDeletion.Outcome.LastAdministrator)
            DeleteError = L["You are the only administrator. Make someone else an administrator before you delete your account."];
        if (DeleteError is not null)
        {
            Details = new DetailsForm { DisplayName = user.DisplayName, Language = user.Language };
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(user, ct);
        }
        await signIn.SignOutAsync();
        TempData["Message"] = L["Your account was deleted. What you wrote for your projects stays in the method bank under your organisation's name."].Value;
        return RedirectToPage("/Home/Index");
    }

    private async Task<User> CurrentAsync() => await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in user without an account.");

    private async Task<IActionResult> ShowAsync(User user, CancellationToken ct)
    {
        Email = user.Email ?? "";
        var off = await db.NotificationOptOuts.Where(o => o.UserId == user.Id).Select(o => o.Kind).ToListAsync(ct);
        Emailed = Enum.GetValues<NotificationKind>().Except(off).ToHashSet();
        Organisations = await db.OrganisationMembers.Where(m => m.UserId == user.Id).OrderBy(m => m.Organisation!.SortKey)
            .Select(m => m.Organisation!.Name).ToListAsync(ct);
        return Page();
    }
}
