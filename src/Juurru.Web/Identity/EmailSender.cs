using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Juurru.Identity;

public interface IEmailSender
{
    Task SendAsync(string to, string subject, string textBody, CancellationToken ct = default);
}

/// <summary>Development and tests: each message becomes an .eml file in the mail folder, newest last.</summary>
public sealed class FolderEmailSender(IOptions<JuurruOptions> options, JuurruPaths paths, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string textBody, CancellationToken ct = default)
    {
        Directory.CreateDirectory(paths.Mail);
        var message = EmailMessages.Build(options.Value.Email.From, to, subject, textBody);
        var name = Path.Combine(paths.Mail, $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fffffff}-{Guid.NewGuid():N}");
        // Written aside and then renamed, so that whoever reads the folder never sees half a message.
        await message.WriteToAsync(name + ".part", ct);
        File.Move(name + ".part", name + ".eml");
    }
}

public sealed class SmtpEmailSender(IOptions<JuurruOptions> options) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string textBody, CancellationToken ct = default)
    {
        var o = options.Value.Email;
        using var client = new SmtpClient();
        await client.ConnectAsync(o.SmtpHost, o.SmtpPort, o.SmtpStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto, ct);
        if (!string.IsNullOrEmpty(o.SmtpUserName)) await client.AuthenticateAsync(o.SmtpUserName, o.SmtpPassword, ct);
        await client.SendAsync(EmailMessages.Build(o.From, to, subject, textBody), ct);
        await client.DisconnectAsync(true, ct);
    }
}

/// <summary>Counts the messages that could not be sent (juurru.email.failures); the failure itself still reaches the caller.</summary>
public sealed class MeasuredEmailSender(IEmailSender inner, Features.Telemetry.JuurruTelemetry telemetry) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string textBody, CancellationToken ct = default)
    {
        try
        {
            await inner.SendAsync(to, subject, textBody, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            telemetry.EmailFailures.Add(1);
            throw;
        }
    }
}

internal static class EmailMessages
{
    public static MimeMessage Build(string from, string to, string subject, string textBody)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = textBody };
        return message;
    }
}
