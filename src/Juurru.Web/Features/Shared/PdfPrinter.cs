using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Juurru.Features.Shared;

/// <summary>
/// Prints a self-contained HTML page to an A4 PDF with headless Chromium, driven by Playwright: the same engine that
/// prints the page in a browser, so the PDF and the print view agree. One browser is started on first use and shared;
/// each print gets its own context with JavaScript off and every network request refused (the page must carry all it
/// needs, and a report's text must never make the server fetch anything).
/// </summary>
public sealed class PdfPrinter(IOptions<JuurruOptions> options, ILogger<PdfPrinter> log) : IAsyncDisposable
{
    private readonly SemaphoreSlim _starting = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private string ExecutablePath => options.Value.Chromium;

    /// <summary>Whether this server can make PDFs (Chromium is installed where the configuration says).</summary>
    public bool IsAvailable => !string.IsNullOrWhiteSpace(ExecutablePath) && File.Exists(ExecutablePath);

    /// <param name="header">Plain text repeated at the top of every page (e.g. the report's title, n, dates and filter).</param>
    public async Task<byte[]> PrintAsync(string html, string header, string pageLabel, CancellationToken ct)
    {
        var browser = await BrowserAsync(ct);
        await using var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false });
        await context.RouteAsync("**/*", route => route.AbortAsync());
        var page = await context.NewPageAsync();
        await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load });
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        static string encode(string text) => System.Net.WebUtility.HtmlEncode(text);
        return await page.PdfAsync(new()
        {
            Format = "A4", PrintBackground = true, PreferCSSPageSize = true, DisplayHeaderFooter = true,
            Margin = new() { Top = "20mm", Bottom = "16mm", Left = "14mm", Right = "14mm" },
            // Chromium fills the classes pageNumber and totalPages; the templates take inline styles only.
            HeaderTemplate = $"<div style=\"font: 8px sans-serif; width: 100%; margin: 0 14mm; color: #333\">{encode(header)}</div>",
            FooterTemplate = $"<div style=\"font: 8px sans-serif; width: 100%; margin: 0 14mm; text-align: right; color: #333\">{encode(pageLabel)} <span class=\"pageNumber\"></span>/<span class=\"totalPages\"></span></div>",
        });
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (_browser is { IsConnected: true } ready) return ready;
        await _starting.WaitAsync(ct);
        try
        {
            if (_browser is { IsConnected: true } started) return started;
            if (_browser is not null) await _browser.DisposeAsync(); // crashed or closed: start again
            _playwright ??= await Playwright.CreateAsync();
            log.LogInformation("Starting Chromium at {Path} for PDF printing", ExecutablePath);
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ExecutablePath, Headless = true,
                // No sandbox when run as root in a container; nothing in the pages runs (JavaScript is off, requests refused).
                Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--disable-dev-shm-usage"],
            });
            return _browser;
        }
        finally
        {
            _starting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _starting.Dispose();
    }
}
