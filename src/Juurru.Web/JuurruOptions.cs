namespace Juurru;

/// <summary>The "Juurru" section of the configuration (appsettings.json or Juurru__… environment variables).</summary>
public sealed class JuurruOptions
{
    public const string Section = "Juurru";

    /// <summary>Folder for the SQLite file, attachments and development mail; relative to the content root.</summary>
    public string DataPath { get; set; } = "data";

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>Fill an empty database with demo networks, projects and practices on first start.</summary>
    public bool DemoContent { get; set; } = true;

    public AttachmentOptions Attachments { get; set; } = new();
    public EmailOptions Email { get; set; } = new();
    public ApiOptions Api { get; set; } = new();
    public KeyProtectionOptions KeyProtection { get; set; } = new();

    /// <summary>Administrators and coordinators must sign in with a second factor (an authenticator app's code).</summary>
    public bool RequireTwoFactorForStaff { get; set; }

    /// <summary>
    /// Public address of the site: every absolute link (e-mail, API, survey links) is built on it, never on the
    /// request's Host header, which a client can set to anything.
    /// </summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>
    /// Reverse proxies (addresses, or networks such as 10.0.0.0/24) whose X-Forwarded-For and X-Forwarded-Proto are
    /// believed; the loopback always is. Without the proxy here every client seems to come from the proxy's address.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>
    /// Chromium (or Chrome) for printing reports as PDF, e.g. "/usr/bin/chromium" (Debian's package). Empty, or a path
    /// where nothing is installed, leaves the PDF out: the report's print view remains.
    /// </summary>
    public string Chromium { get; set; } = "/usr/bin/chromium";

    /// <summary>Hosts whose images a Markdown text may show (e.g. "kuvat.example.fi"); images elsewhere become links.</summary>
    public List<string> ImageHosts { get; set; } = [];

    /// <summary>An absolute address of this site for a path such as "/fi/practices/1".</summary>
    public string Absolute(string path) => PublicUrl.TrimEnd('/') + (path.StartsWith('/') ? path : "/" + path);
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty means a SQLite file juurru.db in the data folder.</summary>
    public string ConnectionString { get; set; } = "";
}

public sealed class AttachmentOptions
{
    /// <summary>Empty means "attachments" in the data folder.</summary>
    public string Path { get; set; } = "";
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
}

/// <summary>
/// The data-protection keys (they sign cookies and antiforgery tokens) are stored in the database; with a certificate
/// they are stored encrypted, so that a copy of the database (a backup, a dump) does not carry them usable. Read when the
/// services are registered: give it in appsettings or environment variables (Juurru__KeyProtection__CertificatePath).
/// </summary>
public sealed class KeyProtectionOptions
{
    /// <summary>A PKCS#12 (.pfx) file with the certificate and its private key; empty keeps the keys unencrypted.</summary>
    public string CertificatePath { get; set; } = "";

    /// <summary>Give it through an environment variable or a secret store, never in a committed file.</summary>
    public string CertificatePassword { get; set; } = "";

    /// <summary>Earlier certificates (.pfx, same password), kept so that keys encrypted with them can still be read after a change.</summary>
    public List<string> PreviousCertificatePaths { get; set; } = [];

    /// <summary>The current certificate first, then the previous ones; each must hold its private key.</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2[] Load() =>
    [
        .. new[] { CertificatePath }.Concat(PreviousCertificatePaths).Select(path =>
        {
            var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(path, CertificatePassword);
            return certificate.HasPrivateKey ? certificate
                : throw new InvalidOperationException($"The certificate {path} has no private key: the data-protection keys could not be read back.");
        }),
    ];
}

public enum EmailMode
{
    /// <summary>Development: every message is written as an .eml file into a folder.</summary>
    Folder,
    Smtp,
}

/// <summary>
/// How much of the open-data API one client address may ask for (docs/OPEN-DATA.md): enough for any harvester that
/// follows the cursor, not enough to take the site down. The machine itself (loopback) is not limited.
/// </summary>
public sealed class ApiOptions
{
    /// <summary>Requests to /api/v1 per minute and client address.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Whole-set downloads (/api/v1/export) per minute and client address: each reads the whole bank.</summary>
    public int DownloadsPerMinute { get; set; } = 20;
}

public sealed class EmailOptions
{
    public EmailMode Mode { get; set; } = EmailMode.Folder;

    /// <summary>For Folder mode; empty means "mail" in the data folder.</summary>
    public string Folder { get; set; } = "";
    public string From { get; set; } = "Juurru <noreply@juurru.local>";
    public string SmtpHost { get; set; } = "";
    public int SmtpPort { get; set; } = 587;
    public bool SmtpStartTls { get; set; } = true;
    public string SmtpUserName { get; set; } = "";

    /// <summary>Give it through an environment variable or user secrets, never in a committed file.</summary>
    public string SmtpPassword { get; set; } = "";
}

/// <summary>Absolute paths resolved once from <see cref="JuurruOptions"/> and the content root.</summary>
public sealed class JuurruPaths(string data, string attachments, string mail)
{
    public string Data { get; } = data;
    public string Attachments { get; } = attachments;
    public string Mail { get; } = mail;

    public static JuurruPaths From(JuurruOptions options, string contentRoot)
    {
        var data = Path.GetFullPath(options.DataPath, contentRoot);
        string Under(string configured, string fallback) =>
            string.IsNullOrWhiteSpace(configured) ? Path.Combine(data, fallback) : Path.GetFullPath(configured, contentRoot);
        return new JuurruPaths(data, Under(options.Attachments.Path, "attachments"), Under(options.Email.Folder, "mail"));
    }
}
