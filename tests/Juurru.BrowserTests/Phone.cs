using Microsoft.Playwright;

namespace Juurru.BrowserTests;

/// <summary>A 375 px phone, and the check that a page fits it without horizontal scrolling.</summary>
public static class Phone
{
    public const int Width = 375;
    public const int Height = 740;

    /// <param name="forAxe">Lets axe-core's script in past the pages' Content-Security-Policy.</param>
    public static Task<IBrowserContext> NewContextAsync(IBrowser browser, string baseUrl, bool forAxe = false) => browser.NewContextAsync(new()
    {
        BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = Width, Height = Height }, IsMobile = true, HasTouch = true, BypassCSP = forAxe,
    });

    /// <summary>Null when the page fits; otherwise its width and the innermost elements that stick out.</summary>
    public static async Task<string?> TooWideAsync(IPage page, string where)
    {
        if (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth")) return null;
        // An element sticks out by its box, or by content wider than its box (a long word in a narrow column).
        return $"{where}: {await page.EvaluateAsync<int>("document.documentElement.scrollWidth")} px, widest: " + await page.EvaluateAsync<string>("""
            (() => {
                const cw = document.documentElement.clientWidth;
                const out = e => { const r = e.getBoundingClientRect(); return r.right > cw + 0.5 || r.left + e.scrollWidth > cw + 1; };
                return [...document.querySelectorAll('body *')].filter(e => out(e) && ![...e.children].some(out)).slice(0, 4)
                    .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().left + e.scrollWidth) + ' ' + e.textContent.trim().slice(0, 30)).join('; ');
            })()
            """);
    }
}
