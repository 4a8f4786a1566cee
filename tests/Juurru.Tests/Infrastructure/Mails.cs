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

    /// <summary>Waits until <paramref name="address"/> has at least <paramref name="count"/> messages (account messages are sent after the answer).</summary>
    public static async Task<IReadOnlyList<MimeMessage>> ArrivingAsync(JuurruApp app, string address, int count = 1)
    {
        for (var waited = 0; waited < 10_000; waited += 20)
        {
            var mails = To(app, address);
            if (mails.Count >= count) return mails;
            await Task.Delay(20);
        }
        return To(app, address);
    }

    /// <summary>The path and query of the first link to /fi/account/{page} in a message's text.</summary>
    public static string LinkIn(string text, string page) =>
        Regex.Match(text.Replace("=\r\n", "").Replace("=\n", "").Replace("=3D", "="), $@"http://localhost(/fi/account/{page}\?\S+)").Groups[1].Value;
}
