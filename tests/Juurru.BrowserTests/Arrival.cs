using Microsoft.Playwright;

namespace Juurru.BrowserTests;

/// <summary>
/// Waiting for a page reached by a click or a form. Playwright's own wait for the URL also waits for the
/// document's "load" event, and twice on CI that event was never reported although the page had arrived
/// whole (network idle, text in place): the sign-in then timed out at the right address. So the wait is for
/// the navigation to commit and the page's heading to appear, which is what the next step needs.
/// </summary>
public static class Arrival
{
    public static async Task AtAsync(IPage page, string urlGlob)
    {
        await page.WaitForURLAsync(urlGlob, new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("h1").First.WaitForAsync();
    }
}
