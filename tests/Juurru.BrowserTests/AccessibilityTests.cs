using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Juurru.Features.Practices;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Juurru.BrowserTests;

/// <summary>axe-core (WCAG 2.1 A and AA rules) on every main page, public and signed-in, in a real Chromium.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class AccessibilityTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task Public_pages_have_no_accessibility_violations()
    {
        Assert.SkipUnless(ChromiumFixture.Available, ChromiumFixture.SkipReason);
        await using var app = await JuurruApp.StartOnPortAsync(Db.Sqlite, demoContent: true);
        var (practice, project, organisation, theme, slug) = await app.WithDbAsync(async ctx => (
            await ctx.Practices.Where(p => p.Status == PracticeStatus.Published && p.Kind == PracticeKind.Model).Select(p => p.Id).FirstAsync(),
            await ctx.Projects.Select(p => p.Id).FirstAsync(),
            await ctx.Organisations.Select(p => p.Id).FirstAsync(),
            await ctx.Themes.Where(t => t.ParentId == null).Select(p => p.Id).FirstAsync(),
            await ctx.Networks.Select(n => n.Slug).FirstAsync()));
        var demoEvent = await app.WithDbAsync(ctx => ctx.Events.Where(e => e.Kind == Juurru.Features.Events.EventKind.ThemeEvent).Select(e => e.Id).FirstAsync());
        await using var context = await chromium.Browser!.NewContextAsync(new() { BaseURL = app.BaseAddress, BypassCSP = true });
        var page = await context.NewPageAsync();

        var paths = new[]
        {
            "/fi", "/fi/practices", "/fi/practices?kind=Model&q=ohjaus", $"/fi/practices/{practice}", "/fi/projects", $"/fi/projects/{project}",
            "/fi/organisations", $"/fi/organisations/{organisation}", "/fi/networks", $"/fi/networks/{slug}", $"/fi/themes/{theme}",
            "/fi/keywords", "/fi/account/login", "/fi/account/register", "/fi/account/forgot-password", "/fi/account/confirm-email", "/fi/no-such-page",
            $"/fi/embed/organisations/{organisation}", $"/sv/embed/themes/{theme}?theme=dark&accent=purple", $"/en/embed/projects/{project}?accent=grey",
            "/sv", "/sv/practices", "/en/projects", "/fi/privacy", "/fi/accessibility", "/sv/privacy", "/en/accessibility",
            "/fi/statistics", $"/sv/statistics?network={slug}&from=2019&to=2021", "/en/statistics?from=2030&to=2020",
            // Search states: results with marked words, a corrected typo, only common words, the registry's word filter.
            "/fi/practices?q=uraohjaus", "/fi/practices?q=uraohjuas", "/fi/practices?q=ja", "/fi/projects?q=ohjaus",
            // The calendar, an event with its programme and panel, the archive.
            "/fi/events", $"/fi/events/{demoEvent}", $"/sv/events/{demoEvent}", "/en/events?past=true",
        };
        var failures = new List<string>();
        foreach (var path in paths) failures.AddRange(await Axe.ViolationsAsync(page, path, mustBeFound: false));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Editing_pages_have_no_accessibility_violations_even_showing_errors()
    {
        Assert.SkipUnless(ChromiumFixture.Available, ChromiumFixture.SkipReason);
        await using var app = await JuurruApp.StartOnPortAsync(Db.Sqlite, demoContent: true);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var practice = await app.PracticeAsync(project);
        var admin = await app.AdministratorAsync();
        var demoEvent = await app.WithDbAsync(ctx => ctx.Events.Select(e => e.Id).FirstAsync());
        await using var context = await chromium.Browser!.NewContextAsync(new() { BaseURL = app.BaseAddress, BypassCSP = true });
        var page = await context.NewPageAsync();
        await SignInAsync(page, admin.Email!);

        var failures = new List<string>();
        foreach (var path in new[]
                 {
                     "/fi/account", $"/fi/practices/new?network={network.Id}", $"/fi/practices/{practice.Id}/edit",
                     $"/fi/practices/{practice.Id}/history", $"/fi/practices/{practice.Id}/attachments", $"/fi/projects/{project.Id}/edit",
                     "/fi/projects/new", $"/fi/projects/{project.Id}/members", "/fi/organisations/new", $"/fi/networks/{network.Slug}/themes", $"/fi/networks/{network.Slug}/import",
                     "/fi/networks/new", $"/fi/networks/{network.Slug}/edit",
                     "/fi/admin/users", $"/fi/admin/users/{admin.Id}", "/fi/admin/search", "/fi/account/two-factor",
                     "/fi/account/profile", "/fi/account/notifications", "/fi/join-requests", "/fi/admin/site-texts",
                     "/fi/statistics?network=polkuverkosto", // with the coordinators' survey and round figures of the demo
                     $"/fi/events/edit?network={network.Id}", $"/fi/events/edit/{demoEvent}", $"/fi/events/{demoEvent}",
                 })
        {
            failures.AddRange(await Axe.ViolationsAsync(page, path, mustBeFound: false));
        }

        // A form with errors: summary, messages and marked fields must pass too.
        await page.GotoAsync($"/fi/practices/new?network={network.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna luonnos" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        failures.AddRange(await Axe.ViolationsHereAsync(page, "practice form with errors"));

        // "Does it exist already?" before saving: the list of similar practices above the form.
        await page.GotoAsync($"/fi/practices/new?network={network.Id}");
        await page.Locator("#Form_Title").FillAsync("Vertaismentorointi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tarkista, onko tämä jo olemassa" }).ClickAsync();
        await Assertions.Expect(page.Locator(".similar-check")).ToBeVisibleAsync();
        failures.AddRange(await Axe.ViolationsHereAsync(page, "practice form with similar practices"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    internal static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/fi/account/login");
        await page.GetByLabel("Sähköposti").FillAsync(email);
        await page.GetByLabel("Salasana").FillAsync(TestData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu sisään" }).ClickAsync();
        try
        {
            await Arrival.AtAsync(page, "**/fi/account");
        }
        catch (TimeoutException e)
        {
            // Say where the browser ended up and what the page said, so that a failure on CI can be understood.
            var said = await page.Locator("main").TextContentAsync(new() { Timeout = 2_000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "");
            throw new TimeoutException($"Signing in as {email} did not reach /fi/account: at {page.Url}, the page says: {said?.Trim()}", e);
        }
    }
}
