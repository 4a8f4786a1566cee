using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Evaluation;

/// <summary>The round's messages: invitation and reminder before the deadline (the decision is a notification).</summary>
public sealed class EvaluationEmails(IEmailSender email, UserManager<User> users, IOptions<JuurruOptions> options,
    IStringLocalizer<SharedResource> L, ILogger<EvaluationEmails> log)
{
    public async Task<bool> InvitationAsync(EvaluationRound round, User user, EvaluationPhase phase, bool newAccount, CancellationToken ct)
    {
        var role = phase == EvaluationPhase.Peer ? L["peer evaluator"] : L["expert evaluator"];
        var body = L["Hello {0},\n\nYou have been invited as {1} to the evaluation round \"{2}\". The deadline is {3}.\n\nYour evaluations: {4}",
            user.DisplayName, role, round.Name, Dates.Day(round.Deadline), Link("evaluation")].Value;
        if (newAccount)
        {
            // The account exists without a password: the reset token both sets it and proves the address.
            var token = await users.GeneratePasswordResetTokenAsync(user);
            body += "\n\n" + L["An account has been created for you. Choose your password here:\n{0}",
                Link("account/reset-password", ("email", user.Email!), ("token", token))].Value;
        }
        return await SendAsync(user.Email!, L["Invitation to evaluate: {0}", round.Name], body, ct);
    }

    public Task<bool> ReminderAsync(EvaluationRound round, User user, int pending, CancellationToken ct) =>
        SendAsync(user.Email!, L["Reminder: evaluations due {0}", Dates.Day(round.Deadline)],
            L["Hello {0},\n\n{1} of your evaluations in the round \"{2}\" are not submitted yet. The deadline is {3}.\n\nYour evaluations: {4}",
                user.DisplayName, pending, round.Name, Dates.Day(round.Deadline), Link("evaluation")], ct);

    /// <summary>A message that cannot be sent is logged, not thrown: the round's data is already saved and the coordinator can remind again.</summary>
    private async Task<bool> SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        try
        {
            await email.SendAsync(to, subject, body, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not send the evaluation message \"{Subject}\" to {To}", subject, to);
            return false;
        }
    }

    private string Link(string page, params (string Name, string Value)[] query) =>
        $"{options.Value.PublicUrl.TrimEnd('/')}/{Cultures.Current}/{page}" +
        (query.Length == 0 ? "" : "?" + string.Join("&", query.Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value)}")));
}
