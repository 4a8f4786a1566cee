using System.Text.RegularExpressions;
using MimeKit;

namespace Juurru.Tests.Infrastructure;

/// <summary>Reads the messages the application wrote into its mail folder (development mail mode).</summary>
public static class Mails
{
    /// <summary>Every message so far, oldest first.</summary>
    public static IReadOnlyList<MimeMessage> All(JuurruApp app) =>
        Directory.Exists(app.MailPath)
            ? Directory.EnumerateFiles(app.MailPath, "*.eml").Order().Select(f => MimeMessage.Load(f)).ToList()
            : [];

    public static IReadOnlyList<MimeMessage> To(JuurruApp app, string address) =>
        All(app).Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>The path and query of the first link to /fi/account/{page} in a message's text.</summary>
    public static string LinkIn(string text, string page) =>
        Regex.Match(text.Replace("=\r\n", "").Replace("=\n", "").Replace("=3D", "="), $@"http://localhost(/fi/account/{page}\?\S+)").Groups[1].Value;
}
