using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Juurru.BrowserTests;

/// <summary>The site used with the keyboard only, and with JavaScript switched off.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class KeyboardTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task The_skip_link_comes_first_and_moves_focus_to_the_content()
    {
        Assert.SkipUnless(ChromiumFixture.Available, ChromiumFixture.SkipReason);
        await using var app = await JuurruApp.StartOnPortAsync(Db.Sqlite, demoContent: true);
        await using var context = await chromium.Browser!.NewContextAsync(new() { BaseURL = app.BaseAddress });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/fi/practices");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Siirry sisältöön", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        // The focused element shows where it is.
        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
    }

    [Fact]
    public async Task A_member_signs_in_and_documents_a_practice_with_the_keyboard_and_no_javascript()
    {
        Assert.SkipUnless(ChromiumFixture.Available, ChromiumFixture.SkipReason);
        await using var app = await JuurruApp.StartOnPortAsync(Db.Sqlite);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network, "Näppäinhanke");
        var member = await app.MemberAsync(project);
        await using var context = await chromium.Browser!.NewContextAsync(new() { BaseURL = app.BaseAddress, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        // Sign in: focus the e-mail field, then type and move on with Tab, submit with Enter.
        await page.GotoAsync("/fi/account/login");
        await page.GetByLabel("Sähköposti").FocusAsync();
        await page.Keyboard.TypeAsync(member.Email!);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(TestData.Password);
        await page.Keyboard.PressAsync("Enter");
        await Arrival.AtAsync(page, "**/fi/account");

        // Follow the link to document a practice, with Enter.
        await page.GetByRole(AriaRole.Link, new() { Name = "Kuvaa käytäntö" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Arrival.AtAsync(page, "**/fi/practices/new**");
        await page.GetByLabel("Nimi (pakollinen)").FocusAsync();
        await page.Keyboard.TypeAsync("Näppäimistöllä kuvattu käytäntö");
        await page.GetByLabel("Lyhyt kuvaus (pakollinen)").FocusAsync();
        await page.Keyboard.TypeAsync("Kuvattu ilman hiirtä ja ilman JavaScriptiä.");
        // The only project is already chosen; a subtheme is ticked with the space bar.
        await page.GetByLabel("A1. Uraohjaus").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna luonnos" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Arrival.AtAsync(page, "**/fi/practices/*/nappaimistolla-kuvattu-kaytanto");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Näppäimistöllä kuvattu käytäntö");
        Assert.True(await app.WithDbAsync(ctx => ctx.Practices.AnyAsync(p => p.Title == "Näppäimistöllä kuvattu käytäntö" && p.Themes.Any(t => t.Code == "A1"))));
    }

    [Fact]
    public async Task Filtering_the_method_bank_works_without_javascript()
    {
        Assert.SkipUnless(ChromiumFixture.Available, ChromiumFixture.SkipReason);
        await using var app = await JuurruApp.StartOnPortAsync(Db.Sqlite, demoContent: true);
        await using var context = await chromium.Browser!.NewContextAsync(new() { BaseURL = app.BaseAddress, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/fi/practices");

        // On every screen the lists wait in a panel that opens without JavaScript.
        await page.GetByText("Lisää rajauksia").ClickAsync();
        await page.GetByLabel("Tyyppi").SelectOptionAsync("Model");
        await page.GetByRole(AriaRole.Button, new() { Name = "Näytä käytännöt" }).ClickAsync();

        await Arrival.AtAsync(page, "**kind=Model**");
        var badges = await page.Locator(".cards .badge-model").CountAsync();
        Assert.Equal(await page.Locator(".cards > li").CountAsync(), badges);
        Assert.True(badges > 0);
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("Tyyppi: Malli");
        await Assertions.Expect(page.Locator(".filter-panel > summary")).ToContainTextAsync("1 rajaus käytössä");
    }

    [Fact]
    public async Task Searching_from_the_front_page_with_the_keyboard_finds_inflected_forms_marked()
    {
        Assert.SkipUnless(ChromiumFixture.Available, ChromiumFixture.SkipReason);
        await using var app = await JuurruApp.StartOnPortAsync(Db.Sqlite, demoContent: true);
        await using var context = await chromium.Browser!.NewContextAsync(new() { BaseURL = app.BaseAddress, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/fi");

        // Tab until the search box has focus, type an inflected compound's base word, press Enter.
        for (var i = 0; i < 30 && await page.EvaluateAsync<string>("document.activeElement.id") != "q"; i++) await page.Keyboard.PressAsync("Tab");
        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("uraohjaus");
        await page.Keyboard.PressAsync("Enter");

        await Arrival.AtAsync(page, "**/fi/practices?q=uraohjaus**");
        // The demo practice says "Uraohjauksen"; the result's heading is a link reachable by Tab, the match is marked.
        await Assertions.Expect(page.Locator(".cards .card-title mark").First).ToHaveTextAsync("Uraohjauksen");
        await Assertions.Expect(page.Locator("#results-title")).ToContainTextAsync("1 käytäntö");
    }
}
