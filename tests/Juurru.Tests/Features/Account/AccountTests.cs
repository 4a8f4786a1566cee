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
        var mails = await Mails.ArrivingAsync(app, "uusi@example.org", 2);
        Assert.Equal(2, mails.Count);

        var confirmed = await browser.PageAsync(LinkIn(mails[^1].TextBody!, "confirm-email"));
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
    public async Task Registration_refuses_short_and_guessable_passwords(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        using var browser = app.NewBrowser();

        var tooShort = await browser.SubmitAsync("/fi/account/register", "form.form", new()
        {
            ["Form.DisplayName"] = "X", ["Form.Email"] = "x@example.org", ["Form.Password"] = "lyhyt", ["Form.ConfirmPassword"] = "toinen",
        });
        var summary = (await Browser.ParseAsync(tooShort)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Salasanan on oltava vähintään 12 merkkiä pitkä.", summary);
        Assert.Contains("Salasanat eivät täsmää.", summary);

        foreach (var guessable in new[] { "aaaaaaaaaaaa", "salasana1234", "password1234", "qwertyuiopas" })
        {
            var response = await browser.SubmitAsync("/fi/account/register", "form.form", new()
            {
                ["Form.DisplayName"] = "X", ["Form.Email"] = "x@example.org", ["Form.Password"] = guessable, ["Form.ConfirmPassword"] = guessable,
            });
            Assert.Contains("Tämä salasana on liian helppo arvata", (await Browser.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent);
        }
        Assert.Equal(0, await app.WithDbAsync(ctx => ctx.Users.CountAsync()));
    }

    [Theory, Databases]
    public async Task Registering_a_taken_address_answers_as_for_a_new_one_and_tells_only_its_owner(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var existing = await app.OutsiderAsync();
        using var browser = app.NewBrowser();
        Dictionary<string, string> Form(string email) => new()
        {
            ["Form.DisplayName"] = "X", ["Form.Email"] = email, ["Form.Password"] = "kolme outoa sanaa", ["Form.ConfirmPassword"] = "kolme outoa sanaa",
        };

        var taken = await Browser.ParseAsync(await browser.SubmitAsync("/fi/account/register", "form.form", Form(existing.Email!)));
        var fresh = await Browser.ParseAsync(await browser.SubmitAsync("/fi/account/register", "form.form", Form("uusi@example.org")));

        Assert.Equal(fresh.QuerySelector("main")!.TextContent.Replace("uusi@example.org", "@"),
            taken.QuerySelector("main")!.TextContent.Replace(existing.Email!, "@"));
        var owner = Assert.Single(await Mails.ArrivingAsync(app, existing.Email!));
        Assert.Equal("Sinulla on jo Juurru-tili", owner.Subject);
        Assert.Contains("/fi/account/forgot-password", owner.TextBody);
        Assert.Contains("confirm-email", Assert.Single(await Mails.ArrivingAsync(app, "uusi@example.org")).TextBody);
        Assert.Equal(2, await app.WithDbAsync(ctx => ctx.Users.CountAsync()));
    }

    [Theory, Databases]
    public async Task Signing_in_answers_the_same_for_an_unknown_address_and_a_wrong_password(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var user = await app.OutsiderAsync();
        using var browser = app.NewBrowser();

        var unknown = await browser.SubmitAsync("/fi/account/login", "form.form", new() { ["Form.Email"] = "ei-ole@example.org", ["Form.Password"] = "jotain pitkää tekstiä" });
        var wrong = await browser.SubmitAsync("/fi/account/login", "form.form", new() { ["Form.Email"] = user.Email!, ["Form.Password"] = "jotain pitkää tekstiä" });

        Assert.Equal((await Browser.ParseAsync(unknown)).QuerySelector(".error-summary")!.TextContent,
            (await Browser.ParseAsync(wrong)).QuerySelector(".error-summary")!.TextContent);
    }

    [Theory, Databases]
    public async Task Failed_sign_ins_slow_the_guesser_down_but_never_lock_the_account(Db db)
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await JuurruApp.StartAsync(db, clock: clock);
        var user = await app.OutsiderAsync();
        using var browser = app.NewBrowser();
        var page = await browser.PageAsync("/fi/account/login");
        for (var i = 0; i < 12; i++)
        {
            await browser.SubmitAsync(page, "form.form", new() { ["Form.Email"] = user.Email!, ["Form.Password"] = $"väärä arvaus {i}" });
        }

        // This client must now wait even with the right password; the account itself is not locked for anyone.
        var waiting = await browser.SubmitAsync(page, "form.form", new() { ["Form.Email"] = user.Email!, ["Form.Password"] = TestData.Password });
        Assert.Contains("Odota", (await Browser.ParseAsync(waiting)).QuerySelector(".error-summary")!.TextContent);
        var stored = await app.WithDbAsync(ctx => ctx.Users.SingleAsync(u => u.Id == user.Id));
        Assert.Null(stored.LockoutEnd);
        Assert.Equal(0, stored.AccessFailedCount);

        clock.Advance(TimeSpan.FromMinutes(15));
        var signedIn = await browser.SubmitAsync(page, "form.form", new() { ["Form.Email"] = user.Email!, ["Form.Password"] = TestData.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Theory, Databases]
    public async Task The_confirmation_page_says_confirmed_only_for_a_valid_link(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var confirmedAlready = await app.OutsiderAsync();
        using var browser = app.NewBrowser();

        var forged = await browser.PageAsync($"/fi/account/confirm-email?userId={confirmedAlready.Id}&token=keksitty");

        Assert.Null(forged.QuerySelector("[role=status]"));
        Assert.NotNull(forged.QuerySelector("[role=alert]"));
    }

    [Theory, Databases]
    public async Task A_forgotten_password_is_reset_through_the_emailed_link(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var user = await app.OutsiderAsync();
        using var browser = app.NewBrowser();

        var unknown = await browser.SubmitAsync("/fi/account/forgot-password", "form.form", new() { ["Email"] = "ei-tunnusta@example.org" });
        var answer = (await Browser.ParseAsync(unknown)).QuerySelector("[role=status]")!.TextContent;

        var known = await browser.SubmitAsync("/fi/account/forgot-password", "form.form", new() { ["Email"] = user.Email! });
        Assert.Equal(answer, (await Browser.ParseAsync(known)).QuerySelector("[role=status]")!.TextContent); // the same answer either way
        var mail = Assert.Single(await Mails.ArrivingAsync(app, user.Email!));
        Assert.Single(Mails.All(app)); // messages go out in order: none was sent for the unknown address before this one
        var link = LinkIn(mail.TextBody!, "reset-password");
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
