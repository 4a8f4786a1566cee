using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Juurru.BrowserTests;

/// <summary>Choosing several from a long list: checkboxes that keep earlier choices, a filter box where JavaScript runs.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class PickerBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task Typing_narrows_the_organisations_and_keeps_the_chosen_ones_in_sight()
    {
        Assert.SkipUnless(ChromiumFixture.Available, ChromiumFixture.SkipReason);
        await using var app = await JuurruApp.StartOnPortAsync(Db.Sqlite, demoContent: true);
        var admin = await app.AdministratorAsync();
        var network = await app.WithDbAsync(ctx => ctx.Networks.Select(n => n.Id).FirstAsync());
        var organisations = await app.WithDbAsync(ctx => ctx.Organisations.OrderBy(o => o.SortKey).Select(o => o.Name).ToListAsync());
        Assert.True(organisations.Count >= 3);
        await using var context = await Phone.NewContextAsync(chromium.Browser!, app.BaseAddress, forAxe: true);
        var page = await context.NewPageAsync();
        await AccessibilityTests.SignInAsync(page, admin.Email!);
        await page.GotoAsync($"/fi/practices/new?network={network}");
        var picker = page.Locator("#Form_OrganisationIds");

        await picker.GetByLabel(organisations[0], new() { Exact = true }).CheckAsync();
        await picker.GetByLabel("Rajaa luetteloa").FillAsync(organisations[1]);

        await Assertions.Expect(picker.GetByLabel(organisations[1], new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(picker.GetByLabel(organisations[0], new() { Exact = true })).ToBeVisibleAsync(); // chosen: stays
        await Assertions.Expect(picker.GetByLabel(organisations[2], new() { Exact = true })).ToBeHiddenAsync();
        await Assertions.Expect(picker.Locator(".picker-summary")).ToHaveTextAsync("Valittuna: 1");
        var failures = (await Axe.ViolationsHereAsync(page, "practice form with a filtered picker")).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
