using System.Net;
using Juurru.Features.Notifications;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Joining;

/// <summary>A way in: a newcomer asks to join a project or an organisation; its members or the coordinators accept or decline.</summary>
public sealed class JoinRequestTests
{
    [Theory, Databases]
    public async Task A_newcomer_asks_to_join_a_project_and_a_member_accepts(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var member = await w.App.MemberAsync(w.Project);
        var coordinator = await w.App.CoordinatorAsync(w.Network);
        var newcomer = await w.App.OutsiderAsync();
        using var asking = await w.App.SignInAsync(newcomer);

        var project = await asking.PageAsync($"/fi/projects/{w.Project.Id}");
        var ask = project.QuerySelector($"a[href='/fi/join/projects/{w.Project.Id}']")!;
        var sent = await asking.SubmitAsync(ask.GetAttribute("href")!, "form.form", new() { ["Message"] = "Olen hankkeen uusi opinto-ohjaaja." });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("2 henkilölle", (await asking.PageAsync(sent.Headers.Location!.OriginalString)).QuerySelector(".notice[role=status]")!.TextContent);
        var told = Assert.Single(await Mails.ArrivingAsync(w.App, member.Email!));
        Assert.Contains("uusi opinto-ohjaaja", told.TextBody);
        Assert.Single(await Mails.ArrivingAsync(w.App, coordinator.Email!));

        using var deciding = await w.App.SignInAsync(member);
        var requests = await deciding.PageAsync("/fi/join-requests");
        Assert.Contains(newcomer.Email!, requests.QuerySelector(".join-requests")!.TextContent);
        var accepted = await deciding.SubmitAsync(requests, "form[action*=Accept]", []);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.True(await w.App.WithDbAsync(ctx => ctx.ProjectMembers.AnyAsync(m => m.ProjectId == w.Project.Id && m.UserId == newcomer.Id)));
        Assert.Equal(0, await w.App.WithDbAsync(ctx => ctx.JoinRequests.CountAsync()));
        Assert.Equal("Olet nyt jäsen: Oma hanke", Assert.Single(await Mails.ArrivingAsync(w.App, newcomer.Email!)).Subject);
        // Now a member, the newcomer can document a practice for the project.
        Assert.Equal(HttpStatusCode.OK, (await asking.GetAsync($"/fi/practices/new?network={w.Network.Id}&project={w.Project.Id}")).StatusCode);
    }

    [Theory, Databases]
    public async Task Declining_tells_the_person_the_reason_and_adds_nobody(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var newcomer = await w.App.OutsiderAsync();
        using var asking = await w.App.SignInAsync(newcomer);
        await asking.SubmitAsync($"/fi/join/projects/{w.Project.Id}", "form.form", []);
        using var coordinator = await w.AsAsync(Role.Coordinator);

        var declined = await coordinator.SubmitAsync("/fi/join-requests", "form[action*=Decline]", new() { ["reason"] = "Hanke päättyi jo." });

        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.False(await w.App.WithDbAsync(ctx => ctx.ProjectMembers.AnyAsync(m => m.UserId == newcomer.Id)));
        var mail = Assert.Single(await Mails.ArrivingAsync(w.App, newcomer.Email!));
        Assert.Equal("Liittymispyyntösi hylättiin: Oma hanke", mail.Subject);
        Assert.Contains("Hanke päättyi jo.", mail.TextBody);
    }

    public static TheoryData<Db, Role, HttpStatusCode> Answering => RoleWorld.Matrix(
        (Role.Visitor, HttpStatusCode.Redirect), (Role.Outsider, HttpStatusCode.NotFound), (Role.Member, HttpStatusCode.Redirect),
        (Role.OtherMember, HttpStatusCode.NotFound), (Role.Coordinator, HttpStatusCode.Redirect),
        (Role.OtherCoordinator, HttpStatusCode.NotFound), (Role.Administrator, HttpStatusCode.Redirect));

    /// <summary>Accepting posted by hand: only the project's members, its network's coordinators and administrators get a member added.</summary>
    [Theory, MemberData(nameof(Answering))]
    public async Task Who_may_accept_a_request_to_join_a_project(Db db, Role role, HttpStatusCode expected)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var newcomer = await w.App.OutsiderAsync();
        using (var asking = await w.App.SignInAsync(newcomer)) await asking.SubmitAsync($"/fi/join/projects/{w.Project.Id}", "form.form", []);
        var requestId = await w.App.WithDbAsync(ctx => ctx.JoinRequests.Select(r => r.Id).SingleAsync());
        using var browser = await w.AsAsync(role);

        var response = await browser.PostAsync("/fi/join-requests?handler=Accept", new() { ["requestId"] = requestId.ToString() });

        Assert.Equal(expected, response.StatusCode);
        var added = await w.App.WithDbAsync(ctx => ctx.ProjectMembers.AnyAsync(m => m.UserId == newcomer.Id));
        Assert.Equal(expected == HttpStatusCode.Redirect && role != Role.Visitor, added);
        if (expected == HttpStatusCode.NotFound)
            Assert.DoesNotContain(newcomer.Email!, (await browser.PageAsync("/fi/join-requests")).Body!.TextContent);
    }

    [Theory, Databases]
    public async Task Asking_twice_keeps_one_request_and_a_member_need_not_ask(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var newcomer = await w.App.OutsiderAsync();
        using var asking = await w.App.SignInAsync(newcomer);
        var form = await asking.PageAsync($"/fi/join/projects/{w.Project.Id}");

        await asking.SubmitAsync(form, "form.form", []);
        var again = await asking.SubmitAsync(form, "form.form", []);

        Assert.Contains("Olet jo pyytänyt pääsyä", (await asking.PageAsync(again.Headers.Location!.OriginalString)).QuerySelector(".notice[role=status]")!.TextContent);
        Assert.Equal(1, await w.App.WithDbAsync(ctx => ctx.JoinRequests.CountAsync()));
        using var member = await w.AsAsync(Role.Member);
        Assert.Contains("Olet jo jäsen", (await member.PageAsync($"/fi/join/projects/{w.Project.Id}")).QuerySelector("[role=status]")!.TextContent);
        Assert.Null((await member.PageAsync($"/fi/projects/{w.Project.Id}")).QuerySelector($"a[href='/fi/join/projects/{w.Project.Id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await asking.GetAsync("/fi/join/practices/1")).StatusCode);
    }

    [Theory, Databases]
    public async Task A_newcomer_joins_an_organisation_through_its_members(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var organisation = await app.OrganisationAsync("Rannikon opisto");
        var colleague = await app.OrganisationMemberAsync(organisation);
        var newcomer = await app.OutsiderAsync();
        using var asking = await app.SignInAsync(newcomer);

        var page = await asking.PageAsync($"/fi/organisations/{organisation.Id}");
        await asking.SubmitAsync(page.QuerySelector($"a[href='/fi/join/organisations/{organisation.Id}']")!.GetAttribute("href")!, "form.form", []);
        Assert.Equal(NotificationKind.JoinRequested, await app.WithDbAsync(ctx => ctx.Notifications.Where(n => n.UserId == colleague.Id).Select(n => n.Kind).SingleAsync()));
        using var deciding = await app.SignInAsync(colleague);
        await deciding.SubmitAsync("/fi/join-requests", "form[action*=Accept]", []);

        Assert.True(await app.WithDbAsync(ctx => ctx.OrganisationMembers.AnyAsync(m => m.OrganisationId == organisation.Id && m.UserId == newcomer.Id)));
    }

    [Fact]
    public async Task A_visitor_asking_to_join_is_sent_to_sign_in_first()
    {
        await using var w = await RoleWorld.CreateAsync(Db.Sqlite);
        using var visitor = w.App.NewBrowser();

        var project = await visitor.PageAsync($"/fi/projects/{w.Project.Id}");
        var response = await visitor.GetAsync(project.QuerySelector($"a[href='/fi/join/projects/{w.Project.Id}']")!.GetAttribute("href")!);

        Assert.Contains("/fi/account/login", response.Headers.Location!.OriginalString);
    }
}
