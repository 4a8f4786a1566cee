using System.Net;
using Juurru.Features.Notifications;
using Juurru.Features.Practices;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Notifications;

/// <summary>
/// The publishing loop tells people: submitting tells the network's coordinators, publishing and returning tell the
/// practice's editors (returning only with a reason), each in the recipient's own language, by e-mail unless they
/// turned that kind off, and always on their notifications page.
/// </summary>
public sealed class PublishingLoopTests
{
    [Theory, Databases]
    public async Task Submitting_tells_the_coordinators_in_their_own_language_and_not_the_submitter(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var practice = await w.App.PracticeAsync(w.Project, PracticeStatus.Draft, "Vertaismentorointi");
        var member = await w.App.MemberAsync(w.Project);
        var coordinator = await w.App.CoordinatorAsync(w.Network);
        var swedish = await w.App.CoordinatorAsync(w.Network);
        await w.App.WithDbAsync(ctx => ctx.Users.Where(u => u.Id == swedish.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, "sv")));
        using var browser = await w.App.SignInAsync(member);

        var response = await browser.SubmitAsync($"/fi/practices/{practice.Id}", "form[action*=Submit]", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("2 koordinaattorille ilmoitettiin", (await browser.PageAsync($"/fi/practices/{practice.Id}")).QuerySelector(".notice[role=status]")!.TextContent);
        var finnish = Assert.Single(await Mails.ArrivingAsync(w.App, coordinator.Email!));
        Assert.Equal("Odottaa julkaisua: Vertaismentorointi", finnish.Subject);
        Assert.Contains($"http://localhost/fi/practices/{practice.Id}", finnish.TextBody);
        var inSwedish = Assert.Single(await Mails.ArrivingAsync(w.App, swedish.Email!));
        Assert.Equal("Väntar på publicering: Vertaismentorointi", inSwedish.Subject);
        Assert.Contains($"http://localhost/sv/practices/{practice.Id}", inSwedish.TextBody);
        Assert.Empty(Mails.To(w.App, member.Email!));
    }

    [Theory, Databases]
    public async Task Returning_without_a_reason_is_refused_and_changes_nothing(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var practice = await w.App.PracticeAsync(w.Project, PracticeStatus.Submitted);
        using var coordinator = await w.AsAsync(Role.Coordinator);

        var response = await coordinator.SubmitAsync($"/fi/practices/{practice.Id}", "form[action*=Return]", new() { ["reason"] = "  " });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Kirjoita perustelu", (await coordinator.PageAsync($"/fi/practices/{practice.Id}")).QuerySelector(".notice-error")!.TextContent);
        Assert.Equal(PracticeStatus.Submitted, await w.App.WithDbAsync(ctx => ctx.Practices.Where(p => p.Id == practice.Id).Select(p => p.Status).SingleAsync()));
        Assert.Equal(0, await w.App.WithDbAsync(ctx => ctx.Notifications.CountAsync()));
    }

    [Theory, Databases]
    public async Task Returning_tells_the_editors_the_reason_and_keeps_it_in_the_history(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var practice = await w.App.PracticeAsync(w.Project, PracticeStatus.Submitted, "Jalkautuva ohjaus");
        var member = await w.App.MemberAsync(w.Project);
        using var coordinator = await w.AsAsync(Role.Coordinator);

        await coordinator.SubmitAsync($"/fi/practices/{practice.Id}", "form[action*=Return]", new() { ["reason"] = "Tulokset puuttuvat.\nLisää luvut." });

        Assert.Equal(PracticeStatus.Draft, await w.App.WithDbAsync(ctx => ctx.Practices.Where(p => p.Id == practice.Id).Select(p => p.Status).SingleAsync()));
        var mail = Assert.Single(await Mails.ArrivingAsync(w.App, member.Email!));
        Assert.Equal("Palautettu luonnokseksi: Jalkautuva ohjaus", mail.Subject);
        Assert.Contains("Tulokset puuttuvat.", mail.TextBody);
        Assert.Equal("Tulokset puuttuvat.\nLisää luvut.", await w.App.WithDbAsync(ctx => ctx.PracticeRevisions
            .Where(r => r.PracticeId == practice.Id && r.Action == RevisionAction.ReturnedToDraft).Select(r => r.Note).SingleAsync()));
    }

    [Theory, Databases]
    public async Task Publishing_shows_on_the_editors_notifications_page_until_read(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var practice = await w.App.PracticeAsync(w.Project, PracticeStatus.Submitted, "Ryhmäytymisen malli");
        var member = await w.App.MemberAsync(w.Project);
        using var coordinator = await w.AsAsync(Role.Coordinator);
        await coordinator.SubmitAsync($"/fi/practices/{practice.Id}", "form[action*=Publish]", []);
        using var browser = await w.App.SignInAsync(member);

        var desk = await browser.PageAsync("/fi/account");
        Assert.Contains("1 uusi ilmoitus", desk.Body!.TextContent);
        var page = await browser.PageAsync("/fi/account/notifications");
        var item = page.QuerySelector(".notifications li.unread")!;
        Assert.Equal("Julkaistu: Ryhmäytymisen malli", item.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal($"/fi/practices/{practice.Id}/ryhmaytymisen-malli", item.QuerySelector("h2 a")!.GetAttribute("href"));

        await browser.SubmitAsync(page, "form[action*=Read]", []);

        Assert.Null((await browser.PageAsync("/fi/account/notifications")).QuerySelector(".notifications li.unread"));
        Assert.Contains("0 lukematonta ilmoitusta", (await browser.PageAsync("/fi/account/notifications")).Body!.TextContent);
    }

    [Theory, Databases]
    public async Task A_kind_turned_off_is_listed_but_not_emailed(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var practice = await w.App.PracticeAsync(w.Project, PracticeStatus.Submitted);
        var member = await w.App.MemberAsync(w.Project);
        using (var browser = await w.App.SignInAsync(member))
        {
            // Everything but publishing stays ticked.
            var kept = Enum.GetValues<NotificationKind>().Where(k => k != NotificationKind.PracticePublished).Select(k => k.ToString()).ToArray();
            var saved = await browser.SubmitAsync("/fi/account/profile", "form[action*=Notifications]", [], new() { ["email"] = kept });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.False((await browser.PageAsync("/fi/account/profile")).QuerySelector("#email-PracticePublished")!.HasAttribute("checked"));
        }
        using var coordinator = await w.AsAsync(Role.Coordinator);

        await coordinator.SubmitAsync($"/fi/practices/{practice.Id}", "form[action*=Publish]", []);

        var notification = await w.App.WithDbAsync(ctx => ctx.Notifications.SingleAsync(n => n.UserId == member.Id));
        Assert.Equal(MailState.NotWanted, notification.Mail);
        Assert.Equal(NotificationKind.PracticePublished, notification.Kind);
    }

    [Theory, Databases]
    public async Task Adding_a_member_tells_them(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var outsider = await w.App.OutsiderAsync();
        using var coordinator = await w.AsAsync(Role.Coordinator);

        await coordinator.SubmitAsync($"/fi/projects/{w.Project.Id}/members", "form[action*=Add]", new() { ["Email"] = outsider.Email! });

        var mail = Assert.Single(await Mails.ArrivingAsync(w.App, outsider.Email!));
        Assert.Equal("Olet nyt jäsen: Oma hanke", mail.Subject);
        Assert.Contains($"/fi/projects/{w.Project.Id}", mail.TextBody);
    }

    [Theory, Databases]
    public async Task Nobody_sees_anyone_elses_notifications(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var practice = await w.App.PracticeAsync(w.Project, PracticeStatus.Submitted, "Salainen otsikko");
        await w.App.MemberAsync(w.Project);
        using var coordinator = await w.AsAsync(Role.Coordinator);
        await coordinator.SubmitAsync($"/fi/practices/{practice.Id}", "form[action*=Publish]", []);
        using var other = await w.AsAsync(Role.OtherMember);

        var page = await other.PageAsync("/fi/account/notifications");

        Assert.Empty(page.QuerySelectorAll(".notifications li"));
        Assert.Equal(HttpStatusCode.Redirect, (await w.App.NewBrowser().GetAsync("/fi/account/notifications")).StatusCode);
    }
}
