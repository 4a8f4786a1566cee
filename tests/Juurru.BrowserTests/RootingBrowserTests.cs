using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Juurru.Features.Projects;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Juurru.BrowserTests;

/// <summary>Indicators, adoptions, follow-ups and the rooting dashboard in a real Chromium: axe-core on every state, a phone's width, the keyboard alone.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class RootingBrowserTests(ChromiumFixture chromium)
{
    /// <summary>The demo's ended project with its indicators, adoptions and answered follow-up; a coordinator and a project member.</summary>
    private sealed record Demo(JuurruApp App, string Slug, int Project, int Indicator, int Model, int Adoption, string Token, int FollowUp,
        string FollowUpLink, string CoordinatorEmail, string MemberEmail)
    {
        public string[] PublicPages =>
        [
            $"/fi/practices/{Model}", "/fi/practices?rooting=InUse", $"/fi/projects/{Project}", $"/fi/projects/{Project}/indicators",
            $"/fi/projects/{Project}/indicators/{Indicator}", $"/fi/networks/{Slug}/rooting", $"/sv/networks/{Slug}/rooting",
            $"/fi/networks/{Slug}/rooting?view=print", $"/fi/adoptions/{Token}",
        ];

        public string[] CoordinatorPages =>
        [
            $"/fi/projects/{Project}/indicators/edit", $"/fi/projects/{Project}/indicators/edit/{Indicator}", $"/fi/projects/{Project}/indicators/{Indicator}/history",
            $"/fi/networks/{Slug}/indicators", $"/fi/practices/{Model}/adoptions/edit", $"/fi/practices/{Model}/adoptions/edit/{Adoption}",
            $"/fi/networks/{Slug}/follow-ups", $"/fi/follow-ups/{FollowUp}", $"/fi/networks/{Slug}/rooting",
        ];
    }

    private static async Task<Demo> DemoAsync()
    {
        var app = await JuurruApp.StartOnPortAsync(Db.Sqlite, demoContent: true);
        var network = await app.WithDbAsync(db => db.Networks.SingleAsync(n => n.Slug == "polkuverkosto"));
        var coordinator = await app.CoordinatorAsync(network);
        var ended = await app.WithDbAsync(db => db.Projects.SingleAsync(p => p.Acronym == "MEMU"));
        var member = await app.MemberAsync(ended);
        return await app.WithDbAsync(async db =>
        {
            var indicator = await db.Indicators.Where(i => i.ProjectId == ended.Id && i.CommonIndicatorId == null).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
            var model = await db.Practices.Where(p => p.Title == "Vertaismentorointi väyläopintoihin").Select(p => p.Id).SingleAsync();
            var adoption = await db.Adoptions.Where(a => a.PracticeId == model).OrderBy(a => a.Id).FirstAsync();
            var followUp = await db.FollowUps.Include(f => f.Survey).SingleAsync();
            // The town's invitation was not answered: its personal link opens the follow-up survey.
            var open = await db.SurveyInvitations.SingleAsync(i => i.SurveyId == followUp.SurveyId && !i.Answered);
            var survey = followUp.Survey!;
            survey.ClosesAt = DateTime.UtcNow.AddDays(10);
            await db.SaveChangesAsync();
            return new Demo(app, network.Slug, ended.Id, indicator, model, adoption.Id, adoption.Token, followUp.Id,
                $"/fi/s/{survey.LinkKey}?i={open.Token}", coordinator.Email!, member.Email!);
        });
    }

    [Fact]
    public async Task Rooting_pages_have_no_accessibility_violations_even_showing_errors()
    {
        Assert.SkipUnless(ChromiumFixture.Available, ChromiumFixture.SkipReason);
        var demo = await DemoAsync();
        await using var app = demo.App;
        await using var context = await chromium.Browser!.NewContextAsync(new() { BaseURL = app.BaseAddress, BypassCSP = true });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        foreach (var path in demo.PublicPages) failures.AddRange(await Axe.ViolationsAsync(page, path));

        // The follow-up survey as its respondent sees it, with the evidence file to attach.
        await page.GotoAsync(demo.FollowUpLink);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aloita vastaaminen" }).ClickAsync();
        failures.AddRange(await Axe.ViolationsHereAsync(page, "follow-up: the practices"));
        await page.Locator("fieldset.question").First.Locator("input[value=yes]").CheckAsync();
        await page.Locator("fieldset.question").Nth(1).Locator("input[value=no]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Seuraava" }).ClickAsync();
        await Assertions.Expect(page.Locator("input[type=file]")).ToBeVisibleAsync();
        failures.AddRange(await Axe.ViolationsHereAsync(page, "follow-up: where it has taken root"));
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "ei-pdf.pdf", MimeType = "application/pdf", Buffer = "ei tiedosto"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Seuraava" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        failures.AddRange(await Axe.ViolationsHereAsync(page, "follow-up: a file of the wrong type"));

        await AccessibilityTests.SignInAsync(page, demo.CoordinatorEmail);
        foreach (var path in demo.CoordinatorPages) failures.AddRange(await Axe.ViolationsAsync(page, path));

        // Errors: a target without a date, a measurement of the wrong kind, an adoption stopped without a reason, bad months.
        await page.GotoAsync($"/fi/projects/{demo.Project}/indicators/edit");
        await page.GetByLabel("Nimi").FillAsync("Opiskelijat");
        await page.GetByLabel("Tavoite", new() { Exact = true }).FillAsync("500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        failures.AddRange(await Axe.ViolationsHereAsync(page, "indicator with errors"));
        await page.GotoAsync($"/fi/projects/{demo.Project}/indicators/{demo.Indicator}");
        await page.GetByLabel("Arvo").FillAsync("sata");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lisää mittaustulos" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        failures.AddRange(await Axe.ViolationsHereAsync(page, "measurement with errors"));
        await page.GotoAsync($"/fi/practices/{demo.Model}/adoptions/edit/{demo.Adoption}");
        await page.GetByLabel("ei enää käytössä").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        failures.AddRange(await Axe.ViolationsHereAsync(page, "adoption with errors"));
        await page.GotoAsync($"/fi/networks/{demo.Slug}/follow-ups");
        await page.GetByLabel("Kuukautta hankkeen päättymisestä").FillAsync("kaksitoista");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        failures.AddRange(await Axe.ViolationsHereAsync(page, "follow-up months with errors"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_rooting_page_fits_a_phone()
    {
        Assert.SkipUnless(ChromiumFixture.Available, ChromiumFixture.SkipReason);
        var demo = await DemoAsync();
        await using var app = demo.App;
        await using var context = await Phone.NewContextAsync(chromium.Browser!, app.BaseAddress);
        var page = await context.NewPageAsync();
        var wide = new List<string>();
        async Task CheckAsync(string path)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path}: {response.Status}");
            if (await Phone.TooWideAsync(page, path) is { } tooWide) wide.Add(tooWide);
        }
        foreach (var path in demo.PublicPages) await CheckAsync(path);
        await AccessibilityTests.SignInAsync(page, demo.CoordinatorEmail);
        foreach (var path in demo.CoordinatorPages) await CheckAsync(path);
        Assert.True(wide.Count == 0, "Wider than a 375 px phone:\n" + string.Join("\n", wide));
    }

    [Fact]
    public async Task A_member_adds_a_measurement_with_the_keyboard_alone_and_no_javascript()
    {
        Assert.SkipUnless(ChromiumFixture.Available, ChromiumFixture.SkipReason);
        var demo = await DemoAsync();
        await using var app = demo.App;
        await using var context = await chromium.Browser!.NewContextAsync(new() { BaseURL = app.BaseAddress, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await AccessibilityTests.SignInAsync(page, demo.MemberEmail);
        await page.GotoAsync($"/fi/projects/{demo.Project}/indicators/{demo.Indicator}");
        var before = await app.WithDbAsync(db => db.Measurements.CountAsync(m => m.IndicatorId == demo.Indicator));

        await page.Locator("#Measure_Value").FocusAsync();
        await page.Keyboard.TypeAsync("41,5");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Korkeakoulun rekisteri");
        await page.Keyboard.PressAsync("Enter");
        await Arrival.AtAsync(page, $"**/fi/projects/{demo.Project}/indicators/{demo.Indicator}");
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Mittaustulos lisättiin");
        await Assertions.Expect(page.Locator(".indicator-figures strong")).ToHaveTextAsync("41,5 %");

        Assert.Equal(before + 1, await app.WithDbAsync(db => db.Measurements.CountAsync(m => m.IndicatorId == demo.Indicator)));
    }
}
