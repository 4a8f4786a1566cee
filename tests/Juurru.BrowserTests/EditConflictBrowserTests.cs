using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Juurru.BrowserTests;

/// <summary>The page that shows someone else's save beside yours, on a phone, with axe-core.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class EditConflictBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task The_conflict_page_fits_a_phone_passes_axe_and_keeps_your_text()
    {
        Assert.SkipUnless(ChromiumFixture.Available, ChromiumFixture.SkipReason);
        await using var app = await JuurruApp.StartOnPortAsync(Db.Sqlite);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        var practice = await app.PracticeAsync(project);
        var member = await app.MemberAsync(project);
        await using var context = await Phone.NewContextAsync(chromium.Browser!, app.BaseAddress, forAxe: true);
        var page = await context.NewPageAsync();
        await AccessibilityTests.SignInAsync(page, member.Email!);

        await page.GotoAsync($"/fi/practices/{practice.Id}/edit");
        // Someone else saves a longer text while this form is open.
        await app.WithDbAsync(async ctx =>
        {
            var p = await ctx.Practices.SingleAsync(x => x.Id == practice.Id);
            p.Summary = "Toisen käyttäjän pitkä kuvaus, jossa on sanoja niin paljon, että rivi ei mahdu puhelimen näytölle yhtenä rivinä vaan rivittyy.";
            await ctx.SaveChangesAsync();
        });
        await page.Locator("#Form_Summary").FillAsync("Oma kuvaukseni.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna muutokset" }).ClickAsync();

        await Assertions.Expect(page.Locator(".error-summary table")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Form_Summary")).ToHaveValueAsync("Oma kuvaukseni.");
        var failures = new List<string>();
        failures.AddRange(await Axe.ViolationsHereAsync(page, "conflict page"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
