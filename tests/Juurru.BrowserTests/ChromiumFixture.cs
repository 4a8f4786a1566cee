using Microsoft.Playwright;

namespace Juurru.BrowserTests;

/// <summary>
/// One headless Debian Chromium for the whole run, driven by Playwright. Where Chromium is not installed the browser
/// tests report themselves skipped with the reason; .ci/run installs it and sets JUURRU_CHROMIUM, and then they must run.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public static string ExecutablePath => Environment.GetEnvironmentVariable("JUURRU_CHROMIUM") ?? "/usr/bin/chromium";
    public static bool Available => File.Exists(ExecutablePath);
    public static string SkipReason => $"Chromium is not installed at {ExecutablePath} (apt-get install chromium; .ci/run does).";

    private IPlaywright? _playwright;
    public IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!Available)
        {
            if (Environment.GetEnvironmentVariable("JUURRU_CHROMIUM") is not null)
                throw new InvalidOperationException(SkipReason); // required under CI
            return;
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // The machine's network is closed: no background fetches, no sandbox as root.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
