using System.ComponentModel.DataAnnotations;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace Juurru.Features.Account;

/// <summary>
/// A second factor: an authenticator app (TOTP, RFC 6238) set up by scanning a QR code or typing its key, with ten
/// single-use recovery codes for a lost phone. Every change renews the security stamp (other sessions end), so this
/// session is signed in again at once.
/// </summary>
[Authorize]
public sealed class TwoFactorModel(UserManager<User> users, SignInManager<User> signIn, IStringLocalizer<SharedResource> L) : PageModel
{
    public bool Enabled { get; private set; }
    public string Key { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    public int RecoveryCodesLeft { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the six-digit code from the app.")]
    [StringLength(10, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Code from the app")]
    public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync() => await ShowAsync(await CurrentAsync());

    /// <summary>The QR code of the key, as an image of this site (the page's policy forbids inline styles).</summary>
    public async Task<IActionResult> OnGetQrAsync()
    {
        var user = await CurrentAsync();
        if (await users.GetTwoFactorEnabledAsync(user)) return NotFound();
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (key is null) return NotFound();
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Juurru:" + user.Email)}?secret={key}&issuer=Juurru&digits=6";
        using var data = new QRCodeGenerator().CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        Response.Headers.CacheControl = "no-store";
        return Content(new SvgQRCode(data).GetGraphic(6), "image/svg+xml");
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await CurrentAsync();
        if (!ModelState.IsValid) return await ShowAsync(user);
        var code = new string(Code.Where(char.IsDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), L["The code is not correct. Check the time on your phone and try the newest code."]);
            return await ShowAsync(user);
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = L["The second factor is on. From now on, signing in asks for a code from the app."].Value;
        await ShowAsync(user);
        RecoveryCodes = codes?.ToList() ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await CurrentAsync();
        if (!await users.GetTwoFactorEnabledAsync(user)) return BadRequest();
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        await ShowAsync(user);
        RecoveryCodes = codes?.ToList() ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await CurrentAsync();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = L["The second factor is off."].Value;
        return RedirectToPage();
    }

    private async Task<User> CurrentAsync() => await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in user without an account.");

    private async Task<IActionResult> ShowAsync(User user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return Page();
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        // Groups of four are easier to type into an app by hand.
        Key = string.Join(" ", key!.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        return Page();
    }
}
