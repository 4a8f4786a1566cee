using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Juurru.BrowserTests;

/// <summary>
/// Waiting for a page reached by a click or a form. Playwright's wait for a URL also waits for a lifecycle event of the
/// document ("load", or "commit" when asked), and on CI such an event was now and then never reported although the page
/// had arrived whole (network idle, text in place): the sign-in then timed out at the right address, three times in
/// three different tests. So the address is polled as the page reports it, and then the page's heading is awaited,
/// which is what the next step needs; no lifecycle event is involved.
/// </summary>
public static class Arrival
{
    public static async Task AtAsync(IPage page, string urlGlob)
    {
        await Assertions.Expect(page).ToHaveURLAsync(Pattern(urlGlob), new() { Timeout = 30_000 });
        await page.Locator("h1").First.WaitForAsync();
    }

    /// <summary>Playwright's glob: ** is anything, * is anything but a slash, the rest is literal.</summary>
    private static Regex Pattern(string glob) =>
        new("^" + Regex.Escape(glob).Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*") + "$");
}
