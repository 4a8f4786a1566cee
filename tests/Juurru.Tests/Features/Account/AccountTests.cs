using System.Net;
using System.Text.RegularExpressions;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Account;

public sealed class AccountTests
{
    [Theory, Databases]
    public async Task Register_sign_out_and_sign_in_again(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        using var browser = app.NewBrowser();

        var registered = await browser.SubmitAsync("/fi/account/register", "form.form", new()
        {
            ["Form.DisplayName"] = "Uusi Käyttäjä", ["Form.Email"] = "uusi@example.org",
            ["Form.Password"] = "pitkä salasana tähän", ["Form.ConfirmPassword"] = "pitkä salasana tähän",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var desk = await browser.PageAsync("/fi/account");
        Assert.Contains("Et ole vielä minkään hankkeen jäsen.", desk.Body!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(desk, "form[action$='/fi/account/logout']", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/fi/account")).StatusCode);

        var wrong = await browser.SubmitAsync("/fi/account/login", "form.form", new() { ["Form.Email"] = "uusi@example.org", ["Form.Password"] = "väärä salasana" });
        Assert.Contains("Sähköpostiosoite tai salasana ei ole oikein.", (await Browser.ParseAsync(wrong)).QuerySelector(".error-summary")!.TextContent);
        var right = await browser.SubmitAsync("/fi/account/login?returnUrl=%2Ffi%2Fkeywords", "form.form", new() { ["Form.Email"] = "uusi@example.org", ["Form.Password"] = "pitkä salasana tähän" });
        Assert.Equal("/fi/keywords", right.Headers.Location!.OriginalString);
    }

    [Theory, Databases]
    public async Task Registration_refuses_short_passwords_and_taken_addresses(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var existing = await app.OutsiderAsync();
        using var browser = app.NewBrowser();

        var response = await browser.SubmitAsync("/fi/account/register", "form.form", new()
        {
            ["Form.DisplayName"] = "X", ["Form.Email"] = existing.Email!, ["Form.Password"] = "lyhyt", ["Form.ConfirmPassword"] = "toinen",
        });
        var summary = (await Browser.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Salasanan on oltava vähintään 10 merkkiä pitkä.", summary);
        Assert.Contains("Salasanat eivät täsmää.", summary);

        var taken = await browser.SubmitAsync("/fi/account/register", "form.form", new()
        {
            ["Form.DisplayName"] = "X", ["Form.Email"] = existing.Email!, ["Form.Password"] = "riittävän pitkä", ["Form.ConfirmPassword"] = "riittävän pitkä",
        });
        Assert.Contains($"Sähköpostiosoite {existing.Email} on jo käytössä.", (await Browser.ParseAsync(taken)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(1, await app.WithDbAsync(ctx => ctx.Users.CountAsync()));
    }

    [Theory, Databases]
    public async Task A_forgotten_password_is_reset_through_the_emailed_link(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var user = await app.OutsiderAsync();
        using var browser = app.NewBrowser();

        var unknown = await browser.SubmitAsync("/fi/account/forgot-password", "form.form", new() { ["Email"] = "ei-tunnusta@example.org" });
        var answer = (await Browser.ParseAsync(unknown)).QuerySelector("[role=status]")!.TextContent;
        Assert.False(Directory.Exists(app.MailPath) && Directory.EnumerateFiles(app.MailPath).Any(), "No mail for an address without an account.");

        var known = await browser.SubmitAsync("/fi/account/forgot-password", "form.form", new() { ["Email"] = user.Email! });
        Assert.Equal(answer, (await Browser.ParseAsync(known)).QuerySelector("[role=status]")!.TextContent); // the same answer either way
        var mail = await File.ReadAllTextAsync(Assert.Single(Directory.EnumerateFiles(app.MailPath, "*.eml")));
        Assert.Contains(user.Email!, mail);
        var link = Regex.Match(mail.Replace("=\r\n", "").Replace("=3D", "="), @"http://localhost(/fi/account/reset-password\?\S+)").Groups[1].Value;
        Assert.NotEmpty(link);

        var bad = await browser.SubmitAsync(link.Replace("token=", "token=x"), "form.form", new() { ["Password"] = "aivan uusi salasana", ["ConfirmPassword"] = "aivan uusi salasana" });
        Assert.Contains("Linkki on vanhentunut tai jo käytetty.", (await Browser.ParseAsync(bad)).QuerySelector(".error-summary")!.TextContent);

        var reset = await browser.SubmitAsync(link, "form.form", new() { ["Password"] = "aivan uusi salasana", ["ConfirmPassword"] = "aivan uusi salasana" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var signedIn = await browser.SubmitAsync("/fi/account/login", "form.form", new() { ["Form.Email"] = user.Email!, ["Form.Password"] = "aivan uusi salasana" });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var practice = await app.PracticeAsync(project, Juurru.Features.Practices.PracticeStatus.Submitted);
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));

        var response = await coordinator.Client.PostAsync($"/fi/practices/{practice.Id}?handler=Publish", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_login_page_does_not_redirect_outside_the_site()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite);
        var user = await app.OutsiderAsync();
        using var browser = app.NewBrowser();

        var response = await browser.SubmitAsync("/fi/account/login?returnUrl=https%3A%2F%2Fevil.example%2F", "form.form",
            new() { ["Form.Email"] = user.Email!, ["Form.Password"] = TestData.Password });

        Assert.Equal("/fi/account", response.Headers.Location!.OriginalString);
    }
}
