using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Juurru.Features.Surveys;
using Juurru.Tests.Features.Surveys;
using Juurru.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Juurru.BrowserTests;

/// <summary>A survey answered in a real Chromium by keyboard alone, with axe-core on every respondent page and the error state.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class SurveyBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task A_respondent_answers_by_keyboard_and_every_page_passes_axe()
    {
        Assert.SkipUnless(ChromiumFixture.Available, ChromiumFixture.SkipReason);
        await using var app = await JuurruApp.StartOnPortAsync(Db.Sqlite);
        var network = await app.NetworkAsync();
        var link = (await app.OpenSurveyAsync(network.Id, SampleSurveys.NetworkSurvey)).LinkKey;
        // axe needs JavaScript in the page; the pages themselves use none (the integration tests post the forms as plain HTML).
        await using var context = await chromium.Browser!.NewContextAsync(new() { BaseURL = app.BaseAddress, BypassCSP = true });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        async Task Check(string where) => failures.AddRange(await Axe.ViolationsHereAsync(page, where));

        await page.GotoAsync($"/fi/s/{link}");
        await Check("start");
        await page.GetByRole(AriaRole.Link, new() { Name = "Aloita vastaaminen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Arrival.AtAsync(page, "**/1");
        await Check("part 1");

        // Sending the page empty: the error summary, then each field by keyboard.
        await page.GetByRole(AriaRole.Button, new() { Name = "Seuraava" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await Check("part 1 with errors");
        await page.GetByLabel("Kumppani tai osatoteuttaja").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByLabel("Hyvinvointi").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "Seuraava" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Arrival.AtAsync(page, "**/2");
        await Check("part 2 (scale with don't know)");
        await page.Locator("input[name='a.overall']").First.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.GetByRole(AriaRole.Button, new() { Name = "Seuraava" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Arrival.AtAsync(page, "**/3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä vastaukset" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Arrival.AtAsync(page, "**/done");
        await Check("thank you");

        // The coordinator's pages: the survey, its report with charts and data tables.
        var coordinator = await app.CoordinatorAsync(network);
        await using var staff = await chromium.Browser!.NewContextAsync(new() { BaseURL = app.BaseAddress, BypassCSP = true });
        page = await staff.NewPageAsync();
        await AccessibilityTests.SignInAsync(page, coordinator.Email!);
        var id = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Surveys.Select(x => x.Id)));
        // Groups and invitees for the distribution page; a pseudonymous survey whose start page asks for the respondent code.
        await app.WithDbAsync(async db =>
        {
            var group = new RespondentGroup { SurveyId = id, Name = "Päähankkeet" };
            db.RespondentGroups.Add(group);
            await db.SaveChangesAsync();
            db.SurveyInvitations.Add(new Invitation { SurveyId = id, GroupId = group.Id, Email = "kutsuttu@example.fi", Name = "Kutsuttu" });
            await db.SaveChangesAsync();
        });
        var codeLink = (await app.OpenSurveyAsync(network.Id, SampleSurveys.Feedback, Anonymity.Pseudonymous)).LinkKey;
        foreach (var path in new[] { "/fi/surveys", $"/fi/surveys/{id}", $"/fi/surveys/{id}/report", $"/sv/surveys/{id}/report", $"/fi/surveys/{id}/report?filter=role:partner", $"/fi/surveys/{id}/build", $"/fi/surveys/{id}/question?section=background", $"/fi/surveys/{id}/question?section=success&key=overall",
                     $"/fi/surveys/{id}/distribution", $"/fi/surveys/{id}/compare?by=groups", $"/fi/surveys/{id}/preview", $"/fi/surveys/{id}/open-answers?question=feedback", $"/fi/surveys/{id}/settings", $"/fi/surveys/{id}/responses", $"/fi/s/{codeLink}" })
        {
            await page.GotoAsync(path);
            await Check(path);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // Printed, the report is the figures alone: no navigation, tools or forms; the charts stay.
        await page.GotoAsync($"/fi/surveys/{id}/report");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var hidden in new[] { ".site-header nav", ".tool-links", ".report-tools", ".filters" })
            await Assertions.Expect(page.Locator(hidden).First).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".chart svg").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.data-table").First).ToBeVisibleAsync();

        var stored = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.SurveyResponses));
        Assert.Equal(["3"], Answers.FromJson(stored.AnswersJson).Get("overall"));
    }
}
