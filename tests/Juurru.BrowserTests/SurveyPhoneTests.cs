using Juurru.Tests.Features.Surveys;
using Juurru.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Juurru.BrowserTests;

/// <summary>
/// Every question type on a phone, with the site's real Content-Security-Policy (it decides what styles apply): nothing
/// sticks out at 375 or 320 px, with or without the error state, each scale stays on one row, and axe-core finds nothing.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class SurveyPhoneTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task Every_question_type_fits_a_phone_and_scales_stay_on_one_row()
    {
        Assert.SkipUnless(ChromiumFixture.Available, ChromiumFixture.SkipReason);
        await using var app = await JuurruApp.StartOnPortAsync(Db.Sqlite);
        var network = await app.NetworkAsync();
        var link = (await app.OpenSurveyAsync(network.Id, SampleSurveys.EveryQuestionType)).LinkKey;
        await using var context = await Phone.NewContextAsync(chromium.Browser!, app.BaseAddress);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var url = $"/fi/s/{link}/{new string('c', 32)}/1";
        await page.GotoAsync(url);
        foreach (var field in new[] { "single", "multi", "likert", "matrix.a", "nps", "short", "long", "number", "date", "file" })
            Assert.True(await page.Locator($"[name='a.{field}']").CountAsync() > 0, $"no field for {field}");

        foreach (var width in new[] { Phone.Width, 320 })
        {
            await page.SetViewportSizeAsync(width, Phone.Height);
            await page.GotoAsync(url);
            await Check($"{width} px");
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä vastaukset" }).ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
            await Check($"{width} px with errors");
        }

        // axe-core at phone size too (its script needs the policy bypassed, so this context only checks accessibility).
        await using var axeContext = await Phone.NewContextAsync(chromium.Browser!, app.BaseAddress, forAxe: true);
        var axePage = await axeContext.NewPageAsync();
        problems.AddRange(await Axe.ViolationsAsync(axePage, url));
        await axePage.GetByRole(AriaRole.Button, new() { Name = "Lähetä vastaukset" }).ClickAsync();
        await Assertions.Expect(axePage.Locator(".error-summary")).ToBeVisibleAsync();
        problems.AddRange(await Axe.ViolationsHereAsync(axePage, "every type with errors at 375 px"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        async Task Check(string where)
        {
            if (await Phone.TooWideAsync(page, where) is { } wide) problems.Add(wide);
            // Each scale's numbers share one row: as many distinct tops as scales.
            var rows = await page.EvaluateAsync<int[]>("""
                [...document.querySelectorAll('.scale-numbers')].map(g =>
                    new Set([...g.querySelectorAll('.scale-choice label')].map(l => Math.round(l.getBoundingClientRect().top))).size)
                """);
            if (rows.Length != 4) problems.Add($"{where}: expected 4 scales (Likert, two statements, 0–10), found {rows.Length}");
            if (rows.Any(r => r != 1)) problems.Add($"{where}: a scale wraps onto {rows.Max()} rows");
        }
    }
}
