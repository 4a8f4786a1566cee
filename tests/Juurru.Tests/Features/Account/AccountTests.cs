using System.Net;
using System.Text.RegularExpressions;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Account;

public sealed class AccountTests
{
    [Theory, Databases]
    public async Task Register_confirm_the_address_sign_in_and_out(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        using var browser = app.NewBrowser();

        var registered = await browser.SubmitAsync("/fi/account/register", "form.form", new()
        {
            ["Form.DisplayName"] = "Uusi Käyttäjä", ["Form.Email"] = "uusi@example.org",
            ["Form.Password"] = "pitkä salasana tähän", ["Form.ConfirmPassword"] = "pitkä salasana tähän",
        });
        Assert.Contains("lähetimme linkin osoitteeseen uusi@example.org", (await Browser.ParseAsync(registered)).QuerySelector("[role=status]")!.TextContent);

        // Until the address is confirmed the account cannot be used; trying sends a fresh link.
        var early = await browser.SubmitAsync("/fi/account/login", "form.form", new() { ["Form.Email"] = "uusi@example.org", ["Form.Password"] = "pitkä salasana tähän" });
        Assert.Contains("Vahvista ensin sähköpostiosoitteesi", (await Browser.ParseAsync(early)).QuerySelector(".error-summary")!.TextContent);
        var mails = Directory.EnumerateFiles(app.MailPath, "*.eml").Order().ToList();
        Assert.Equal(2, mails.Count);

        var confirmed = await browser.PageAsync(LinkIn(await File.ReadAllTextAsync(mails[^1]), "confirm-email"));
        Assert.Contains("osoitteesi on vahvistettu", confirmed.QuerySelector("[role=status]")!.TextContent);
        var forged = await browser.PageAsync("/fi/account/confirm-email?userId=ei-ole&token=x");
        Assert.NotNull(forged.QuerySelector("[role=alert]"));

        var wrong = await browser.SubmitAsync("/fi/account/login", "form.form", new() { ["Form.Email"] = "uusi@example.org", ["Form.Password"] = "väärä salasana" });
        Assert.Contains("Sähköpostiosoite tai salasana ei ole oikein.", (await Browser.ParseAsync(wrong)).QuerySelector(".error-summary")!.TextContent);
        var right = await browser.SubmitAsync("/fi/account/login?returnUrl=%2Ffi%2Fkeywords", "form.form", new() { ["Form.Email"] = "uusi@example.org", ["Form.Password"] = "pitkä salasana tähän" });
        Assert.Equal("/fi/keywords", right.Headers.Location!.OriginalString);
        var desk = await browser.PageAsync("/fi/account");
        Assert.Contains("Et ole vielä minkään hankkeen jäsen.", desk.Body!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(desk, "form[action$='/fi/account/logout']", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/fi/account")).StatusCode);
    }

    [Fact]
    public async Task Guessing_passwords_at_speed_is_stopped()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite);
        using var browser = app.NewBrowser();
        var page = await browser.PageAsync("/fi/account/login");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            statuses.Add((await browser.SubmitAsync(page, "form.form", new() { ["Form.Email"] = "joku@example.org", ["Form.Password"] = $"arvaus {i}" })).StatusCode);
        }

        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    private static string LinkIn(string mail, string page) => Mails.LinkIn(mail, page);

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
        var link = LinkIn(mail, "reset-password");
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
