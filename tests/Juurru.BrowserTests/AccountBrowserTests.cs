using Juurru.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Juurru.BrowserTests;

/// <summary>The account pages on a phone, with axe-core, including the second factor's set-up and its error state.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class AccountBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task Account_pages_and_the_second_factor_fit_a_phone_and_pass_axe()
    {
        Assert.SkipUnless(ChromiumFixture.Available, ChromiumFixture.SkipReason);
        await using var app = await JuurruApp.StartOnPortAsync(Db.Sqlite);
        var coordinator = await app.CoordinatorAsync(await app.NetworkAsync());
        await using var context = await Phone.NewContextAsync(chromium.Browser!, app.BaseAddress, forAxe: true);
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        async Task CheckAsync(string where) => failures.AddRange(await Axe.ViolationsHereAsync(page, where)); // axe and the phone width

        foreach (var path in new[] { "/fi/account/login", "/fi/account/register", "/fi/account/forgot-password", "/sv/account/register" })
        {
            await page.GotoAsync(path);
            await CheckAsync(path);
        }
        await AccessibilityTests.SignInAsync(page, coordinator.Email!);
        await CheckAsync("/fi/account");
        await page.GetByRole(AriaRole.Link, new() { Name = "Profiili" }).ClickAsync();
        await CheckAsync("/fi/account/profile");
        await page.GetByRole(AriaRole.Link, new() { Name = "Toinen tunnistautumistapa" }).ClickAsync();
        await Assertions.Expect(page.Locator("img.qr")).ToBeVisibleAsync();
        Assert.True(await page.Locator("img.qr").EvaluateAsync<bool>("img => img.decode().then(() => img.naturalWidth > 0, () => false)"), "The QR code does not load.");
        await CheckAsync("second factor set-up");

        await page.GetByLabel("Sovelluksen koodi").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ota toinen tunnistautumistapa käyttöön" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await CheckAsync("second factor with a wrong code");

        var key = await page.Locator("#authenticator-key").TextContentAsync();
        await page.GetByLabel("Sovelluksen koodi").FillAsync(Totp.Code(key!, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ota toinen tunnistautumistapa käyttöön" }).ClickAsync();
        await Assertions.Expect(page.Locator(".recovery-codes code")).ToHaveCountAsync(10);
        await CheckAsync("recovery codes");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
