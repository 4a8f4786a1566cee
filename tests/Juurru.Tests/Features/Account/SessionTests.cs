using System.Net;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.Account;

/// <summary>A session lasts only as long as the rights it was given: changes end it at the next request.</summary>
public sealed class SessionTests
{
    [Theory, Databases]
    public async Task A_demoted_administrator_is_refused_at_once(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var admin = await app.AdministratorAsync();
        var demoted = await app.AdministratorAsync();
        var outsider = await app.OutsiderAsync();
        using var adminBrowser = await app.SignInAsync(admin);
        using var demotedBrowser = await app.SignInAsync(demoted);
        var form = await demotedBrowser.PageAsync($"/fi/admin/users/{outsider.Id}");

        await adminBrowser.SubmitAsync($"/fi/admin/users/{demoted.Id}", "form.form", [], new() { ["Form.Administrator"] = [] });

        // The page the demoted administrator still has open no longer grants anything: the session has ended.
        var grant = await demotedBrowser.SubmitAsync(form, "form.form", new() { ["Form.Administrator"] = "true" });
        Assert.Contains("/account/login", grant.Headers.Location?.OriginalString ?? "");
        Assert.False(await app.IsAdministratorAsync(outsider));
        Assert.Equal(HttpStatusCode.Redirect, (await demotedBrowser.GetAsync("/fi/admin/users")).StatusCode);
        Assert.Contains("/account/login", (await demotedBrowser.GetAsync("/fi/account")).Headers.Location!.OriginalString);
    }

    [Theory, Databases]
    public async Task A_locked_user_is_signed_out_at_once(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var admin = await app.AdministratorAsync();
        var coordinator = await app.CoordinatorAsync(network);
        using var adminBrowser = await app.SignInAsync(admin);
        using var coordinatorBrowser = await app.SignInAsync(coordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinatorBrowser.GetAsync("/fi/account")).StatusCode);

        await adminBrowser.SubmitAsync($"/fi/admin/users/{coordinator.Id}", "form[action*=Lock]", []);

        Assert.Contains("/account/login", (await coordinatorBrowser.GetAsync("/fi/account")).Headers.Location!.OriginalString);
    }

    [Theory, Databases]
    public async Task Signing_out_ends_every_copy_of_the_session(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var user = await app.OutsiderAsync();
        var jar = new CookieContainer();
        using var browser = app.NewBrowser(jar);
        var login = await browser.SubmitAsync("/fi/account/login", "form.form", new() { ["Form.Email"] = user.Email!, ["Form.Password"] = TestData.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        // Someone copies the session cookie (a shared computer, a stolen laptop backup).
        var copy = new CookieContainer();
        copy.Add(jar.GetAllCookies());
        using var thief = app.NewBrowser(copy);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/fi/account")).StatusCode);

        var desk = await browser.PageAsync("/fi/account");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(desk, "form[action$='/fi/account/logout']", [])).StatusCode);

        Assert.Contains("/account/login", (await thief.GetAsync("/fi/account")).Headers.Location!.OriginalString);
    }

    [Theory, Databases]
    public async Task A_password_reset_ends_the_sessions_signed_in_with_the_old_password(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var user = await app.OutsiderAsync();
        using var old = await app.SignInAsync(user);
        using var owner = app.NewBrowser();

        await owner.SubmitAsync("/fi/account/forgot-password", "form.form", new() { ["Email"] = user.Email! });
        var link = Mails.LinkIn(Assert.Single(await Mails.ArrivingAsync(app, user.Email!)).TextBody!, "reset-password");
        var reset = await owner.SubmitAsync(link, "form.form", new() { ["Password"] = "uusi pitkä lause tähän", ["ConfirmPassword"] = "uusi pitkä lause tähän" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        Assert.Contains("/account/login", (await old.GetAsync("/fi/account")).Headers.Location!.OriginalString);
    }
}
