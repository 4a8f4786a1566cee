using System.Net;
using System.Text.Json;
using Juurru.Features.Practices;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Account;

/// <summary>The profile page: name and language, password, a copy of one's data, and deleting the account.</summary>
public sealed class ProfileTests
{
    [Theory, Databases]
    public async Task Name_and_language_are_saved_and_messages_follow_the_language(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var member = await w.App.MemberAsync(w.Project);
        var practice = await w.App.PracticeAsync(w.Project, PracticeStatus.Submitted, "Mentorointi");
        using var browser = await w.App.SignInAsync(member);

        var saved = await browser.SubmitAsync("/fi/account/profile", "form[action*=Details]", new() { ["Details.DisplayName"] = "Aino Uusi", ["Details.Language"] = "en" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var user = await w.App.WithDbAsync(ctx => ctx.Users.SingleAsync(u => u.Id == member.Id));
        Assert.Equal(("Aino Uusi", "en"), (user.DisplayName, user.Language));
        using var coordinator = await w.AsAsync(Role.Coordinator);
        await coordinator.SubmitAsync($"/fi/practices/{practice.Id}", "form[action*=Publish]", []);
        var mail = Assert.Single(await Mails.ArrivingAsync(w.App, member.Email!));
        Assert.Equal("Published: Mentorointi", mail.Subject);
        Assert.StartsWith("Hello Aino Uusi,", mail.TextBody);
    }

    [Theory, Databases]
    public async Task An_empty_name_or_unknown_language_is_refused(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var user = await app.OutsiderAsync();
        using var browser = await app.SignInAsync(user);

        var response = await browser.SubmitAsync("/fi/account/profile", "form[action*=Details]", new() { ["Details.DisplayName"] = " ", ["Details.Language"] = "de" });

        var summary = (await Browser.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Anna nimesi.", summary);
        Assert.Contains("Valitse kieli luettelosta.", summary);
        Assert.Equal("fi", await app.WithDbAsync(ctx => ctx.Users.Where(u => u.Id == user.Id).Select(u => u.Language).SingleAsync()));
    }

    [Theory, Databases]
    public async Task Registering_keeps_the_language_of_the_page(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        using var browser = app.NewBrowser();

        await browser.SubmitAsync("/sv/account/register", "form.form", new()
        {
            ["Form.DisplayName"] = "Ny Användare", ["Form.Email"] = "ny@example.org",
            ["Form.Password"] = "ett långt lösenord här", ["Form.ConfirmPassword"] = "ett långt lösenord här",
        });

        Assert.Equal("sv", await app.WithDbAsync(ctx => ctx.Users.Where(u => u.Email == "ny@example.org").Select(u => u.Language).SingleAsync()));
    }

    [Theory, Databases]
    public async Task Changing_the_password_needs_the_current_one_and_ends_other_sessions(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var user = await app.OutsiderAsync();
        using var browser = await app.SignInAsync(user);
        using var elsewhere = await app.SignInAsync(user);

        var wrong = await browser.SubmitAsync("/fi/account/profile", "form[action*=Password]", new()
            { ["Password.Current"] = "ei tämä salasana", ["Password.New"] = "uusi pitkä salasana", ["Password.Confirm"] = "uusi pitkä salasana" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.NotNull((await Browser.ParseAsync(wrong)).QuerySelector(".error-summary a[href='#Password_Current']"));

        var changed = await browser.SubmitAsync("/fi/account/profile", "form[action*=Password]", new()
            { ["Password.Current"] = TestData.Password, ["Password.New"] = "uusi pitkä salasana", ["Password.Confirm"] = "uusi pitkä salasana" });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/fi/account/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/fi/account/profile")).StatusCode);
    }

    [Theory, Databases]
    public async Task The_data_download_holds_the_persons_own_data(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var member = await w.App.MemberAsync(w.Project);
        await w.App.MemberAsync(w.OtherProject);
        using var browser = await w.App.SignInAsync(member);

        var response = await browser.GetAsync("/fi/account/profile?handler=Data");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition!.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(member.Email, json.RootElement.GetProperty("Account").GetProperty("Email").GetString());
        Assert.Equal(["Oma hanke"], json.RootElement.GetProperty("Projects").EnumerateArray().Select(p => p.GetProperty("Name").GetString()!).ToArray());
    }

    [Theory, Databases]
    public async Task Deleting_the_account_removes_the_person_and_keeps_their_work_under_the_organisation(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var organisation = await w.App.OrganisationAsync("Kustin opisto");
        var member = await w.App.MemberAsync(w.Project);
        await w.App.WithDbAsync(ctx => { ctx.OrganisationMembers.Add(new() { OrganisationId = organisation.Id, UserId = member.Id }); return ctx.SaveChangesAsync(); });
        var practice = await w.App.PracticeAsync(w.Project, PracticeStatus.Draft);
        using var browser = await w.App.SignInAsync(member);
        await browser.SubmitAsync($"/fi/practices/{practice.Id}", "form[action*=Submit]", []);

        var unticked = await browser.SubmitAsync("/fi/account/profile", "form[action*=Delete]", new() { ["password"] = TestData.Password });
        var wrongPassword = await browser.SubmitAsync("/fi/account/profile", "form[action*=Delete]", new() { ["password"] = "väärä", ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.BadRequest, unticked.StatusCode);
        Assert.Contains("Vahvista rastittamalla", (await Browser.ParseAsync(unticked)).QuerySelector("#delete-error")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        Assert.True(await w.App.WithDbAsync(ctx => ctx.ProjectMembers.AnyAsync(m => m.UserId == member.Id)));

        var deleted = await browser.SubmitAsync("/fi/account/profile", "form[action*=Delete]", new() { ["password"] = TestData.Password, ["confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/fi/account")).StatusCode); // signed out
        var row = await w.App.WithDbAsync(ctx => ctx.Users.SingleAsync(u => u.Id == member.Id));
        Assert.Null(row.Email);
        Assert.Null(row.PasswordHash);
        Assert.NotNull(row.DeletedAt);
        Assert.False(await w.App.WithDbAsync(ctx => ctx.ProjectMembers.AnyAsync(m => m.UserId == member.Id)));
        Assert.False(await w.App.WithDbAsync(ctx => ctx.OrganisationMembers.AnyAsync(m => m.UserId == member.Id)));
        // The practice and its history stay, signed by the organisation.
        Assert.Equal(organisation.Name, await w.App.WithDbAsync(ctx => ctx.PracticeRevisions
            .Where(r => r.PracticeId == practice.Id && r.Action == RevisionAction.Submitted).Select(r => r.UserName).SingleAsync()));
        Assert.Equal(PracticeStatus.Submitted, await w.App.WithDbAsync(ctx => ctx.Practices.Where(p => p.Id == practice.Id).Select(p => p.Status).SingleAsync()));
        // Signing in no longer works; the address is free to register again.
        var login = await w.App.NewBrowser().SubmitAsync("/fi/account/login", "form.form", new() { ["Form.Email"] = member.Email!, ["Form.Password"] = TestData.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        await w.App.NewBrowser().SubmitAsync("/fi/account/register", "form.form", new()
        {
            ["Form.DisplayName"] = "Sama osoite", ["Form.Email"] = member.Email!, ["Form.Password"] = "pitkä salasana tähän", ["Form.ConfirmPassword"] = "pitkä salasana tähän",
        });
        Assert.Equal(2, await w.App.WithDbAsync(ctx => ctx.Users.CountAsync(u => u.DisplayName == "Sama osoite" || u.Id == member.Id)));
    }

    [Theory, Databases]
    public async Task The_only_administrator_cannot_delete_their_account(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var admin = await app.AdministratorAsync();
        using var browser = await app.SignInAsync(admin);

        var response = await browser.SubmitAsync("/fi/account/profile", "form[action*=Delete]", new() { ["password"] = TestData.Password, ["confirm"] = "true" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ainoa ylläpitäjä", (await Browser.ParseAsync(response)).QuerySelector("#delete-error")!.TextContent);
        Assert.NotNull(await app.WithDbAsync(ctx => ctx.Users.Where(u => u.Id == admin.Id).Select(u => u.Email).SingleAsync()));
    }

    [Fact]
    public async Task A_visitor_is_sent_to_sign_in()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite);

        var response = await app.NewBrowser().GetAsync("/fi/account/profile");

        Assert.Contains("/fi/account/login", response.Headers.Location!.OriginalString);
    }
}
