using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Juurru.Features.Evaluation;
using Juurru.Features.Practices;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Juurru.BrowserTests;

/// <summary>The evaluation pages in a real Chromium: axe-core on every state, a form filled in by keyboard alone, a workshop on a phone.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class EvaluationBrowserTests(ChromiumFixture chromium)
{
    /// <summary>The demo network's rounds (one closed with decisions, one open) with a coordinator and a peer evaluator of the open one.</summary>
    private sealed record Demo(JuurruApp App, string Slug, int Closed, int Open, int Decided, int OpenPractice, string CoordinatorEmail, string PeerEmail, int PeerForm);

    private static async Task<Demo> DemoAsync()
    {
        var app = await JuurruApp.StartOnPortAsync(Db.Sqlite, demoContent: true);
        var network = await app.WithDbAsync(db => db.Networks.SingleAsync(n => n.Slug == "polkuverkosto"));
        var coordinator = await app.CoordinatorAsync(network);
        var peer = await app.MemberAsync(await app.ProjectAsync(network, "Vertaishanke"));
        var (closed, open, decided, openPractice, form) = await app.WithDbAsync(async db =>
        {
            var rounds = await db.EvaluationRounds.Include(r => r.Practices).Include(r => r.Assignments).Where(r => r.NetworkId == network.Id).ToListAsync();
            var closedRound = rounds.Single(r => r.Status == RoundStatus.Closed);
            var openRound = rounds.Single(r => r.Status == RoundStatus.Open);
            var practiceId = openRound.Practices.Single().PracticeId;
            openRound.Evaluators.Add(new RoundEvaluator { UserId = peer.Id, Phase = EvaluationPhase.Peer, InvitedAt = DateTime.UtcNow });
            var assignment = new Assignment { PracticeId = practiceId, Phase = EvaluationPhase.Peer, EvaluatorId = peer.Id };
            openRound.Assignments.Add(assignment);
            await db.SaveChangesAsync();
            var model = await db.Practices.Where(p => p.Decision == EvaluationDecision.Model).Select(p => p.Id).FirstAsync();
            return (closedRound.Id, openRound.Id, model, practiceId, assignment.Id);
        });
        return new Demo(app, network.Slug, closed, open, decided, openPractice, coordinator.Email!, peer.Email!, form);
    }

    [Fact]
    public async Task Evaluation_pages_have_no_accessibility_violations_even_showing_errors()
    {
        Assert.SkipUnless(ChromiumFixture.Available, ChromiumFixture.SkipReason);
        var demo = await DemoAsync();
        await using var app = demo.App;
        await using var context = await chromium.Browser!.NewContextAsync(new() { BaseURL = app.BaseAddress, BypassCSP = true });
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        // Public: the decision on the practice page and as a list filter.
        foreach (var path in new[] { $"/fi/practices/{demo.Decided}", "/fi/practices?decision=Model", $"/sv/practices/{demo.Decided}" })
            failures.AddRange(await Axe.ViolationsAsync(page, path));

        await AccessibilityTests.SignInAsync(page, demo.CoordinatorEmail);
        foreach (var path in new[]
                 {
                     "/fi/evaluation", $"/fi/networks/{demo.Slug}/criteria", $"/fi/evaluation/rounds/new?network={demo.Slug}",
                     $"/fi/evaluation/rounds/{demo.Closed}", $"/fi/evaluation/rounds/{demo.Open}",
                     $"/fi/evaluation/rounds/{demo.Closed}/practices/{demo.Decided}", $"/fi/evaluation/rounds/{demo.Open}/practices/{demo.OpenPractice}",
                     $"/fi/evaluation/rounds/{demo.Open}/workshop?practice={demo.OpenPractice}", $"/fi/practices/{demo.Decided}/evaluation",
                     $"/en/evaluation/rounds/{demo.Open}/workshop?practice={demo.OpenPractice}",
                 })
        {
            failures.AddRange(await Axe.ViolationsAsync(page, path));
        }

        // Errors: a workshop group saved without scores, a round started without practices.
        await page.GotoAsync($"/fi/evaluation/rounds/{demo.Open}/workshop?practice={demo.OpenPractice}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna ryhmän pisteet" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        failures.AddRange(await Axe.ViolationsHereAsync(page, "workshop form with errors"));
        await page.GotoAsync($"/fi/evaluation/rounds/new?network={demo.Slug}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aloita kierros" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        failures.AddRange(await Axe.ViolationsHereAsync(page, "new round with errors"));

        // The evaluator's own form.
        await using var peerContext = await chromium.Browser!.NewContextAsync(new() { BaseURL = app.BaseAddress, BypassCSP = true });
        var peerPage = await peerContext.NewPageAsync();
        await AccessibilityTests.SignInAsync(peerPage, demo.PeerEmail);
        failures.AddRange(await Axe.ViolationsAsync(peerPage, "/fi/evaluation"));
        failures.AddRange(await Axe.ViolationsAsync(peerPage, $"/fi/evaluation/assignments/{demo.PeerForm}"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task An_evaluator_scores_with_the_keyboard_alone_and_no_javascript()
    {
        Assert.SkipUnless(ChromiumFixture.Available, ChromiumFixture.SkipReason);
        var demo = await DemoAsync();
        await using var app = demo.App;
        await using var context = await chromium.Browser!.NewContextAsync(new() { BaseURL = app.BaseAddress, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await AccessibilityTests.SignInAsync(page, demo.PeerEmail);

        await page.GotoAsync("/fi/evaluation");
        await page.Locator("a[href^='/fi/evaluation/assignments/']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Arrival.AtAsync(page, "**/fi/evaluation/assignments/*");

        // Each criterion is a radio group: Tab reaches it, the arrow keys choose (1 → 4), Tab moves on to its comment.
        var groups = await page.Locator("fieldset.criterion").CountAsync();
        Assert.Equal(5, groups);
        for (var i = 0; i < groups; i++)
        {
            await page.Locator("fieldset.criterion").Nth(i).Locator("input[type=radio]").First.FocusAsync();
            await page.Keyboard.PressAsync("ArrowRight");
            await page.Keyboard.PressAsync("ArrowRight");
            await page.Keyboard.PressAsync("ArrowRight");
            Assert.Equal("4", await page.EvaluateAsync<string>("document.activeElement.value"));
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("TEXTAREA", await page.EvaluateAsync<string>("document.activeElement.tagName"));
            if (i == 0) await page.Keyboard.TypeAsync("Selkeä ja tiivis kuvaus.");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä arvio" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Arrival.AtAsync(page, "**/fi/evaluation");
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Arvio lähetettiin");

        var form = await app.WithDbAsync(db => db.Assignments.SingleAsync(a => a.Id == demo.PeerForm));
        Assert.Equal(AssignmentStatus.Submitted, form.Status);
        Assert.All(form.Scores, s => Assert.Equal(4, s.Value));
        Assert.Equal("Selkeä ja tiivis kuvaus.", form.Scores[0].Comment);
    }

    [Fact]
    public async Task A_workshop_group_is_recorded_on_a_phone()
    {
        Assert.SkipUnless(ChromiumFixture.Available, ChromiumFixture.SkipReason);
        var demo = await DemoAsync();
        await using var app = demo.App;
        await using var context = await chromium.Browser!.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress, ViewportSize = new ViewportSize { Width = 375, Height = 740 }, IsMobile = true, HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await AccessibilityTests.SignInAsync(page, demo.PeerEmail);
        await page.GotoAsync($"/fi/evaluation/rounds/{demo.Open}/workshop?practice={demo.OpenPractice}");

        // Nothing wider than the screen; every score is a large enough target to tap.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        var box = await page.Locator("fieldset.criterion label[for^='Form_Scores_']").First.BoundingBoxAsync();
        Assert.True(box!.Width >= 44 && box.Height >= 44, $"{box.Width}×{box.Height}");
        foreach (var fieldset in await page.Locator("fieldset.criterion").AllAsync())
            await fieldset.Locator("label", new() { HasText = "3" }).First.TapAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna ryhmän pisteet" }).TapAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Ryhmä 1");
        await Assertions.Expect(page.Locator("#Group")).ToHaveValueAsync("Ryhmä 2");
        Assert.Equal(1, await app.WithDbAsync(db => db.Assignments.CountAsync(a => a.GroupLabel == "Ryhmä 1" && a.RoundId == demo.Open)));
    }
}
