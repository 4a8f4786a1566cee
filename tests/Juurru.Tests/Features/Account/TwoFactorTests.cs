using System.Net;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.Account;

public sealed class TwoFactorTests
{
    [Theory, Databases]
    public async Task With_a_second_factor_signing_in_takes_the_apps_code_or_a_recovery_code_once(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var admin = await app.AdministratorAsync();
        using var browser = await app.SignInAsync(admin);
        var setup = await browser.PageAsync("/fi/account/two-factor");
        var key = setup.QuerySelector("#authenticator-key")!.TextContent;
        var qr = await browser.GetAsync(setup.QuerySelector("img.qr")!.GetAttribute("src")!);
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);

        var wrong = await browser.SubmitAsync(setup, "form[action*='handler=Enable']", new() { ["Code"] = "000000" });
        Assert.Contains("Koodi ei ole oikein", (await Browser.ParseAsync(wrong)).QuerySelector(".error-summary")!.TextContent);
        var enabled = await Browser.ParseAsync(await browser.SubmitAsync(setup, "form[action*='handler=Enable']", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }));
        var recovery = enabled.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, recovery.Count);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/fi/account")).StatusCode); // this session goes on

        // A new sign-in: the password alone is not enough.
        using var next = app.NewBrowser();
        var password = await next.SubmitAsync("/fi/account/login", "form.form", new() { ["Form.Email"] = admin.Email!, ["Form.Password"] = TestData.Password });
        Assert.Contains("/fi/account/login/two-factor", password.Headers.Location!.OriginalString);
        Assert.Contains("/account/login", (await next.GetAsync("/fi/admin/users")).Headers.Location!.OriginalString);
        var badCode = await next.SubmitAsync(password.Headers.Location!.OriginalString, "form.form", new() { ["Code"] = "123456" });
        Assert.NotNull((await Browser.ParseAsync(badCode)).QuerySelector(".error-summary"));
        var withCode = await next.SubmitAsync(password.Headers.Location!.OriginalString, "form.form", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/fi/admin/users")).StatusCode);

        // A lost phone: a recovery code signs in once.
        foreach (var (attempt, expected) in new[] { (1, HttpStatusCode.Redirect), (2, HttpStatusCode.OK) })
        {
            using var lost = app.NewBrowser();
            var step = await lost.SubmitAsync("/fi/account/login", "form.form", new() { ["Form.Email"] = admin.Email!, ["Form.Password"] = TestData.Password });
            var response = await lost.SubmitAsync(step.Headers.Location!.OriginalString, "form.form", new() { ["Code"] = recovery[0] });
            Assert.True(expected == response.StatusCode, $"attempt {attempt}: {response.StatusCode}");
        }
    }

    [Theory, Databases]
    public async Task When_required_staff_without_a_second_factor_are_sent_to_set_one_up(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db, settings: new Dictionary<string, string> { ["Juurru:RequireTwoFactorForStaff"] = "true" });
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        using var member = await app.SignInAsync(await app.MemberAsync(project));

        var refused = await coordinator.GetAsync($"/fi/networks/{network.Slug}/themes");
        Assert.Equal("/fi/account/two-factor", refused.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/fi/account/two-factor")).StatusCode);
        await member.PageAsync($"/fi/projects/{project.Id}"); // a member is not staff: the page opens without a second factor

        var setup = await coordinator.PageAsync("/fi/account/two-factor");
        var key = setup.QuerySelector("#authenticator-key")!.TextContent;
        await coordinator.SubmitAsync(setup, "form[action*='handler=Enable']", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/fi/networks/{network.Slug}/themes")).StatusCode);
    }
}
