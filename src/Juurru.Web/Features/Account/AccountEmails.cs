using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Account;

/// <summary>The messages that prove a person holds an e-mail address: confirming a new account and resetting a password.</summary>
public sealed class AccountEmails(UserManager<User> users, IEmailSender email, IOptions<JuurruOptions> options, IStringLocalizer<SharedResource> L)
{
    public async Task SendConfirmationAsync(string userId, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId) is not { } user) return;
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Link("account/confirm-email", ("userId", user.Id), ("token", token));
        await email.SendAsync(user.Email!, L["Confirm your e-mail address for Juurru"],
            L["Hello {0},\n\nWelcome to Juurru. Open this link to confirm your e-mail address and start using your account:\n\n{1}\n\nIf you did not register, you can ignore this message.", user.DisplayName, link], ct);
    }

    public async Task SendPasswordResetAsync(string userId, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId) is not { } user) return;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = Link("account/reset-password", ("email", user.Email!), ("token", token));
        await email.SendAsync(user.Email!, L["Reset your Juurru password"],
            L["Hello {0},\n\nSomeone asked to reset the password of your Juurru account. If it was you, open this link within a day:\n\n{1}\n\nIf it was not you, you can ignore this message.", user.DisplayName, link], ct);
    }

    /// <summary>Someone tried to register an address that has an account: the owner is told, the page said nothing.</summary>
    public async Task SendAlreadyRegisteredAsync(string userId, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId) is not { } user) return;
        await email.SendAsync(user.Email!, L["You already have a Juurru account"],
            L["Hello {0},\n\nSomeone, perhaps you, tried to create a new Juurru account with this e-mail address. You already have an account with it: sign in at\n\n{1}\n\nIf you have forgotten your password, you can set a new one at\n\n{2}\n\nIf it was not you, you can ignore this message; nothing was changed.",
                user.DisplayName, Link("account/login"), Link("account/forgot-password")], ct);
    }

    // Links go out by e-mail, so they use the configured public address and the language the user was using.
    private string Link(string page, params (string Name, string Value)[] query) =>
        $"{options.Value.PublicUrl.TrimEnd('/')}/{Cultures.Current}/{page}" + (query.Length == 0 ? "" : "?" +
        string.Join("&", query.Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value)}")));
}
