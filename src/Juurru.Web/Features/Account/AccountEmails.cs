using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Account;

/// <summary>The messages that prove a person holds an e-mail address: confirming a new account and resetting a password.</summary>
public sealed class AccountEmails(UserManager<User> users, IEmailSender email, IOptions<JuurruOptions> options, IStringLocalizer<SharedResource> L)
{
    public async Task SendConfirmationAsync(User user, CancellationToken ct)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Link("account/confirm-email", ("userId", user.Id), ("token", token));
        await email.SendAsync(user.Email!, L["Confirm your e-mail address for Juurru"],
            L["Hello {0},\n\nWelcome to Juurru. Open this link to confirm your e-mail address and start using your account:\n\n{1}\n\nIf you did not register, you can ignore this message.", user.DisplayName, link], ct);
    }

    public async Task SendPasswordResetAsync(User user, CancellationToken ct)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = Link("account/reset-password", ("email", user.Email!), ("token", token));
        await email.SendAsync(user.Email!, L["Reset your Juurru password"],
            L["Hello {0},\n\nSomeone asked to reset the password of your Juurru account. If it was you, open this link within a day:\n\n{1}\n\nIf it was not you, you can ignore this message.", user.DisplayName, link], ct);
    }

    // Links go out by e-mail, so they use the configured public address and the language the user was using.
    private string Link(string page, params (string Name, string Value)[] query) =>
        $"{options.Value.PublicUrl.TrimEnd('/')}/{Cultures.Current}/{page}?" +
        string.Join("&", query.Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value)}"));
}
