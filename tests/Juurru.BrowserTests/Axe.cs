using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Juurru.BrowserTests;

/// <summary>axe-core's WCAG 2.1 A and AA rules on a page in Chromium, each violation as a readable line.</summary>
internal static class Axe
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Opens a page (which must answer 200 unless told otherwise) and checks it.</summary>
    public static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string path, bool mustBeFound = true)
    {
        var response = await page.GotoAsync(path);
        if (mustBeFound) Assert.True(response!.Ok, $"{path}: {response.Status}");
        return await ViolationsHereAsync(page, path);
    }

    /// <summary>
    /// Checks the page as it stands (e.g. after a form was sent with errors), and that the same state fits a 375 px phone
    /// without horizontal scrolling: every page state an accessibility run opens is a phone check too.
    /// </summary>
    public static async Task<IEnumerable<string>> ViolationsHereAsync(IPage page, string where)
    {
        var result = await page.RunAxe(Wcag21AA);
        Assert.NotEmpty(result.Passes); // axe really ran on the page
        var problems = result.Violations.Select(v => $"{where}: {v.Id} ({v.Impact}) {v.Help} – {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        if (await TooWideForPhoneAsync(page, where) is { } tooWide) problems.Add(tooWide);
        return problems;
    }

    private static async Task<string?> TooWideForPhoneAsync(IPage page, string where)
    {
        var size = page.ViewportSize;
        if (size is null || size.Width <= Phone.Width) return await Phone.TooWideAsync(page, where);
        await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        try
        {
            return await Phone.TooWideAsync(page, where + " at 375 px");
        }
        finally
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
        }
    }
}
