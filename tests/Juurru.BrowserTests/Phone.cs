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

    /// <summary>Null when the page fits; otherwise its width and the widest elements inside main.</summary>
    public static async Task<string?> TooWideAsync(IPage page, string where)
    {
        if (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth")) return null;
        return $"{where}: {await page.EvaluateAsync<int>("document.documentElement.scrollWidth")} px, widest: " + await page.EvaluateAsync<string>(
            "[...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth"
            + " && ![...e.children].some(c => c.getBoundingClientRect().right > document.documentElement.clientWidth))"
            + ".slice(0, 4).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ' ' + e.textContent.trim().slice(0, 30)).join('; ')");
    }
}
