using System.Net;
using Juurru.Features.Networks;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Practices;

/// <summary>
/// Every write action on a practice, tried by every role: visitor, signed-in outsider, member of the practice's
/// project, member of another project, coordinator of the network, coordinator of another network, administrator.
/// The server must allow exactly what the role permits and refuse the rest with 403 (or 404 where the user may not
/// even know the practice exists).
/// </summary>
public sealed class PracticeRightsTests
{
    private static async Task<PracticeStatus> StatusAsync(JuurruApp app, int id) =>
        await app.WithDbAsync(ctx => ctx.Practices.Where(p => p.Id == id).Select(p => p.Status).SingleAsync());

    /// <summary>Each workflow action: the state it starts from, the state it leads to, and what each role gets.</summary>
    private static readonly Dictionary<string, (PracticeStatus From, PracticeStatus To, (Role, HttpStatusCode)[] Expected)> Workflow = new()
    {
        // Members submit their own drafts; drafts of others do not exist for them.
        ["Submit"] = (PracticeStatus.Draft, PracticeStatus.Submitted,
        [
            (Role.Visitor, HttpStatusCode.NotFound), (Role.Outsider, HttpStatusCode.NotFound), (Role.Member, HttpStatusCode.Redirect),
            (Role.OtherMember, HttpStatusCode.NotFound), (Role.Coordinator, HttpStatusCode.Redirect),
            (Role.OtherCoordinator, HttpStatusCode.NotFound), (Role.Administrator, HttpStatusCode.Redirect),
        ]),
        // Only the network's coordinators (and administrators) publish or send back; members see the practice but may not.
        ["Publish"] = (PracticeStatus.Submitted, PracticeStatus.Published,
        [
            (Role.Visitor, HttpStatusCode.NotFound), (Role.Outsider, HttpStatusCode.NotFound), (Role.Member, HttpStatusCode.Forbidden),
            (Role.OtherMember, HttpStatusCode.NotFound), (Role.Coordinator, HttpStatusCode.Redirect),
            (Role.OtherCoordinator, HttpStatusCode.NotFound), (Role.Administrator, HttpStatusCode.Redirect),
        ]),
        ["Return"] = (PracticeStatus.Submitted, PracticeStatus.Draft,
        [
            (Role.Visitor, HttpStatusCode.NotFound), (Role.Outsider, HttpStatusCode.NotFound), (Role.Member, HttpStatusCode.Forbidden),
            (Role.OtherMember, HttpStatusCode.NotFound), (Role.Coordinator, HttpStatusCode.Redirect),
            (Role.OtherCoordinator, HttpStatusCode.NotFound), (Role.Administrator, HttpStatusCode.Redirect),
        ]),
        // Published and archived practices are public, so a refusal is 403.
        ["Archive"] = (PracticeStatus.Published, PracticeStatus.Archived,
        [
            (Role.Visitor, HttpStatusCode.Forbidden), (Role.Outsider, HttpStatusCode.Forbidden), (Role.Member, HttpStatusCode.Forbidden),
            (Role.OtherMember, HttpStatusCode.Forbidden), (Role.Coordinator, HttpStatusCode.Redirect),
            (Role.OtherCoordinator, HttpStatusCode.Forbidden), (Role.Administrator, HttpStatusCode.Redirect),
        ]),
        ["Restore"] = (PracticeStatus.Archived, PracticeStatus.Published,
        [
            (Role.Visitor, HttpStatusCode.Forbidden), (Role.Outsider, HttpStatusCode.Forbidden), (Role.Member, HttpStatusCode.Forbidden),
            (Role.OtherMember, HttpStatusCode.Forbidden), (Role.Coordinator, HttpStatusCode.Redirect),
            (Role.OtherCoordinator, HttpStatusCode.Forbidden), (Role.Administrator, HttpStatusCode.Redirect),
        ]),
    };

    public static TheoryData<Db, string, Role, HttpStatusCode> WorkflowCases
    {
        get
        {
            var data = new TheoryData<Db, string, Role, HttpStatusCode>();
            foreach (var db in RoleWorld.Databases())
                foreach (var (handler, (_, _, expected)) in Workflow)
                    foreach (var (role, status) in expected)
                        data.Add(db, handler, role, status);
            return data;
        }
    }

    [Theory, MemberData(nameof(WorkflowCases))]
    public async Task Workflow_actions(Db db, string handler, Role role, HttpStatusCode expected)
    {
        var (from, to, _) = Workflow[handler];
        await using var w = await RoleWorld.CreateAsync(db);
        var practice = await w.App.PracticeAsync(w.Project, from);
        using var browser = await w.AsAsync(role);

        // Returning needs a reason (its own test shows the refusal without one).
        var response = await browser.PostAsync($"/fi/practices/{practice.Id}?handler={handler}", handler == "Return" ? new() { ["reason"] = "Täydennä tuloksia." } : null);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Redirect ? to : from, await StatusAsync(w.App, practice.Id));
    }

    public static TheoryData<Db, Role, HttpStatusCode> Uploading => RoleWorld.Matrix(
        (Role.Visitor, HttpStatusCode.Redirect), (Role.Outsider, HttpStatusCode.Forbidden), (Role.Member, HttpStatusCode.OK),
        (Role.OtherMember, HttpStatusCode.Forbidden), (Role.Coordinator, HttpStatusCode.OK),
        (Role.OtherCoordinator, HttpStatusCode.Forbidden), (Role.Administrator, HttpStatusCode.OK));

    /// <summary>The upload handler without a file: editors get the form back with a message, the others are refused first.</summary>
    [Theory, MemberData(nameof(Uploading))]
    public async Task Uploading_an_attachment(Db db, Role role, HttpStatusCode expected)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var practice = await w.App.PracticeAsync(w.Project, PracticeStatus.Published);
        using var browser = await w.AsAsync(role);

        var response = await browser.PostAsync($"/fi/practices/{practice.Id}/attachments?handler=Upload");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
            Assert.Contains("Valitse lähetettävä tiedosto.", (await Browser.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent);
    }

    public static TheoryData<Db, Role, HttpStatusCode> Editing => RoleWorld.Matrix(
        (Role.Visitor, HttpStatusCode.Redirect), (Role.Outsider, HttpStatusCode.Forbidden), (Role.Member, HttpStatusCode.OK),
        (Role.OtherMember, HttpStatusCode.Forbidden), (Role.Coordinator, HttpStatusCode.OK),
        (Role.OtherCoordinator, HttpStatusCode.Forbidden), (Role.Administrator, HttpStatusCode.OK));

    [Theory, MemberData(nameof(Editing))]
    public async Task Opening_the_edit_form_of_a_published_practice(Db db, Role role, HttpStatusCode expected)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var practice = await w.App.PracticeAsync(w.Project, PracticeStatus.Published);
        using var browser = await w.AsAsync(role);

        var response = await browser.GetAsync($"/fi/practices/{practice.Id}/edit");

        Assert.Equal(expected, response.StatusCode);
        if (role == Role.Visitor) Assert.StartsWith("/fi/account/login", response.Headers.Location!.OriginalString);
    }

    [Theory, MemberData(nameof(Editing))]
    public async Task Saving_an_edit_by_a_post_the_form_did_not_offer(Db db, Role role, HttpStatusCode expected)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var practice = await w.App.PracticeAsync(w.Project, PracticeStatus.Published);
        using var browser = await w.AsAsync(role);

        var response = await browser.PostAsync($"/fi/practices/{practice.Id}/edit", new()
        {
            ["Form.Title"] = "Kaapattu nimi", ["Form.Summary"] = "x", ["Form.Kind"] = "GoodPractice", ["Form.Language"] = "fi",
            ["Form.ProjectIds"] = w.Project.Id.ToString(), ["Form.Opened"] = "",
        });

        var title = await w.App.WithDbAsync(ctx => ctx.Practices.Where(p => p.Id == practice.Id).Select(p => p.Title).SingleAsync());
        if (expected == HttpStatusCode.OK)
        {
            // Allowed, but a form not opened on the stored version is refused: the conflict is shown and nothing is saved.
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        }
        else
        {
            Assert.Equal(expected, response.StatusCode);
        }
        Assert.Equal("Vertaismentorointi", title);
    }

    public static TheoryData<Db, Role, HttpStatusCode> History => RoleWorld.Matrix(
        (Role.Visitor, HttpStatusCode.Redirect), (Role.Outsider, HttpStatusCode.Forbidden), (Role.Member, HttpStatusCode.OK),
        (Role.OtherMember, HttpStatusCode.Forbidden), (Role.Coordinator, HttpStatusCode.OK),
        (Role.OtherCoordinator, HttpStatusCode.Forbidden), (Role.Administrator, HttpStatusCode.OK));

    [Theory, MemberData(nameof(History))]
    public async Task Viewing_the_history_of_a_published_practice(Db db, Role role, HttpStatusCode expected)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var practice = await w.App.PracticeAsync(w.Project, PracticeStatus.Published);
        using var browser = await w.AsAsync(role);

        Assert.Equal(expected, (await browser.GetAsync($"/fi/practices/{practice.Id}/history")).StatusCode);
    }

    public static TheoryData<Db, Role, HttpStatusCode> Creating => RoleWorld.Matrix(
        (Role.Visitor, HttpStatusCode.Redirect), (Role.Outsider, HttpStatusCode.Forbidden), (Role.Member, HttpStatusCode.OK),
        (Role.OtherMember, HttpStatusCode.Forbidden), (Role.Coordinator, HttpStatusCode.OK),
        (Role.OtherCoordinator, HttpStatusCode.Forbidden), (Role.Administrator, HttpStatusCode.OK));

    [Theory, MemberData(nameof(Creating))]
    public async Task Opening_the_form_for_a_new_practice_in_the_network(Db db, Role role, HttpStatusCode expected)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        using var browser = await w.AsAsync(role);

        Assert.Equal(expected, (await browser.GetAsync($"/fi/practices/new?network={w.Network.Id}")).StatusCode);
    }

    [Theory, Databases]
    public async Task A_member_cannot_attach_a_new_practice_to_a_project_that_is_not_theirs(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var otherInSameNetwork = await w.App.ProjectAsync(w.Network, "Naapurihanke");
        using var browser = await w.AsAsync(Role.Member);

        var response = await browser.SubmitAsync($"/fi/practices/new?network={w.Network.Id}", "form.form", new()
        {
            ["Form.Title"] = "Luvaton", ["Form.Summary"] = "Kuvaus.",
        }, new() { ["Form.ProjectIds"] = [otherInSameNetwork.Id.ToString()] });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains("Valitse hankkeet listalta.", page.QuerySelector(".error-summary")?.TextContent ?? page.Body!.TextContent);
        Assert.False(await w.App.WithDbAsync(ctx => ctx.Practices.AnyAsync(p => p.Title == "Luvaton")));
    }
}
