using System.Net;
using Juurru.Features.Projects;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Projects;

public sealed class ProjectTests
{
    public static TheoryData<Db, Role, HttpStatusCode> Editing => RoleWorld.Matrix(
        (Role.Visitor, HttpStatusCode.Redirect), (Role.Outsider, HttpStatusCode.Forbidden), (Role.Member, HttpStatusCode.Redirect),
        (Role.OtherMember, HttpStatusCode.Forbidden), (Role.Coordinator, HttpStatusCode.Redirect),
        (Role.OtherCoordinator, HttpStatusCode.Forbidden), (Role.Administrator, HttpStatusCode.Redirect));

    /// <summary>Saving the card: members of the project, its coordinators and administrators; the others are refused.</summary>
    [Theory, MemberData(nameof(Editing))]
    public async Task Saving_a_project_card(Db db, Role role, HttpStatusCode expected)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var (app, project) = (w.App, w.Project);
        using var browser = await w.AsAsync(role);

        // The card as the form would have been opened on it, so that only the rights decide.
        var opened = await app.WithDbAsync(async ctx => ProjectForm.From(await ctx.Projects
            .Include(p => p.Partners).Include(p => p.Regions).Include(p => p.Themes).Include(p => p.TargetGroups).SingleAsync(p => p.Id == project.Id)).Opened);

        var response = await browser.PostAsync($"/fi/projects/{project.Id}/edit", new() { ["Form.Name"] = "Uusi nimi", ["Form.Opened"] = opened! });

        Assert.Equal(expected, response.StatusCode);
        var name = await app.WithDbAsync(ctx => ctx.Projects.Where(p => p.Id == project.Id).Select(p => p.Name).SingleAsync());
        var allowed = expected == HttpStatusCode.Redirect && role != Role.Visitor;
        Assert.Equal(allowed ? "Uusi nimi" : "Oma hanke", name);
        if (role == Role.Visitor) Assert.StartsWith("/fi/account/login", response.Headers.Location!.OriginalString);
    }

    [Theory, Databases]
    public async Task A_member_fills_the_project_card_like_the_seed_card(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var partner = await app.WithDbAsync(async ctx =>
        {
            var o = Juurru.Features.Organisations.Organisation.Create("Kumppani Oy", Juurru.Features.Organisations.OrganisationType.Company);
            ctx.Organisations.Add(o);
            await ctx.SaveChangesAsync();
            return o;
        });
        using var member = await app.SignInAsync(await app.MemberAsync(project));

        var saved = await member.SubmitAsync($"/fi/projects/{project.Id}/edit", "form.form", new()
        {
            ["Form.Name"] = "Uusi alku – jatkuvan oppimisen kehittämisen hanke",
            ["Form.Code"] = "S21674",
            ["Form.StartDate"] = "2021-01-01",
            ["Form.EndDate"] = "2023-07-31",
            ["Form.Funder"] = "Opetus- ja kulttuuriministeriö",
            ["Form.DecisionNumber"] = "OKM 296/522/2020",
            ["Form.GrantEuros"] = "100000",
            ["Form.SelfFinancingPercent"] = "10",
            ["Form.Scope"] = "Regional",
            ["Form.TargetGroups"] = "Yli 55-vuotiaat, Osatutkinnon suorittajat",
            ["Form.Goals"] = "- Jatkuvan oppimisen kehittäminen",
            ["Form.Team"] = "Projektiryhmä",
            ["Form.Partners[0].OrganisationId"] = partner.Id.ToString(),
            ["Form.Partners[0].Role"] = "Partner",
            ["Form.Contacts[0].Name"] = "Terhi Esimerkki",
            ["Form.Contacts[0].Role"] = "projektipäällikkö",
            ["Form.Contacts[0].Phone"] = "040 131 9286",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var visitor = app.NewBrowser();
        var card = await visitor.PageAsync($"/fi/projects/{project.Id}");
        var facts = card.QuerySelector(".practice-facts")!.TextContent;
        Assert.Contains("S21674", facts);
        Assert.Contains("100 000 €", facts.Replace('\u00a0', ' ').Replace('\u202f', ' '));
        Assert.Contains("10 %", facts);
        Assert.Contains("Kumppani Oy", facts);
        Assert.Contains("Päättynyt", card.QuerySelector(".badge-status")!.TextContent);
        var entity = await app.WithDbAsync(ctx => ctx.Projects.Include(p => p.TargetGroups).SingleAsync(p => p.Id == project.Id));
        Assert.Equal(ProjectStatus.Ended, entity.StatusOn(new DateOnly(2026, 11, 22)));
        Assert.Equal(2, entity.TargetGroups.Count);
    }

    [Theory, Databases]
    public async Task Dates_in_the_wrong_order_and_a_lead_partner_are_refused(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network, "Ennallaan");
        var lead = await app.WithDbAsync(ctx => ctx.Projects.Where(p => p.Id == project.Id).Select(p => p.LeadOrganisationId).SingleAsync());
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));

        var response = await coordinator.SubmitAsync($"/fi/projects/{project.Id}/edit", "form.form", new()
        {
            ["Form.Name"] = "Muutettu",
            ["Form.StartDate"] = "2024-01-01",
            ["Form.EndDate"] = "2023-01-01",
            ["Form.GrantEuros"] = "-5",
            ["Form.Partners[0].OrganisationId"] = lead!.Value.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await Browser.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Päättymispäivä ei voi olla ennen alkamispäivää.", summary);
        Assert.Contains("päätoteuttaja", summary);
        Assert.Contains("Anna avustus euroina", summary);
        Assert.Equal("Ennallaan", await app.WithDbAsync(ctx => ctx.Projects.Where(p => p.Id == project.Id).Select(p => p.Name).SingleAsync()));
    }

    [Theory, Databases]
    public async Task Coordinators_add_projects_and_members_members_cannot(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var newcomer = await app.OutsiderAsync();
        using var member = await app.SignInAsync(await app.MemberAsync(project));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/fi/projects/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/fi/projects/{project.Id}/members?handler=Add", new() { ["Email"] = newcomer.Email! })).StatusCode);

        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var created = await coordinator.SubmitAsync("/fi/projects/new", "form.form", new() { ["Form.Name"] = "Koordinaattorin hanke", ["Form.Scope"] = "National" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.True(await app.WithDbAsync(ctx => ctx.Projects.AnyAsync(p => p.Name == "Koordinaattorin hanke" && p.NetworkId == network.Id)));

        var unknown = await coordinator.SubmitAsync($"/fi/projects/{project.Id}/members", "form[action$='handler=Add']", new() { ["Email"] = "ei-ole@example.org" });
        Assert.Contains("Tällä sähköpostiosoitteella ei ole tunnusta.", (await Browser.ParseAsync(unknown)).QuerySelector(".error-summary")!.TextContent);
        var added = await coordinator.SubmitAsync($"/fi/projects/{project.Id}/members", "form[action$='handler=Add']", new() { ["Email"] = newcomer.Email! });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.True(await app.WithDbAsync(ctx => ctx.ProjectMembers.AnyAsync(m => m.ProjectId == project.Id && m.UserId == newcomer.Id)));
    }

    [Theory, Databases]
    public async Task The_registry_groups_projects_by_theme_and_scope_with_lead_and_end(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db, demoContent: true);
        using var visitor = app.NewBrowser();

        var page = await visitor.PageAsync("/fi/projects");

        var groups = page.QuerySelectorAll(".project-group").ToList();
        Assert.NotEmpty(groups);
        var first = groups[0];
        Assert.Matches(@"^[A-Z]\. \w", first.QuerySelector("h2")!.TextContent.Trim()); // a theme with its code
        Assert.Contains(first.QuerySelectorAll("caption"), c => c.TextContent is "Valtakunnalliset hankkeet" or "Alueelliset hankkeet");
        var row = first.QuerySelector("tbody tr")!;
        Assert.Equal(4, row.QuerySelectorAll("td").Length);
        Assert.Matches(@"^\d{1,2}/\d{4}$", row.QuerySelectorAll("td")[2].TextContent.Trim());

        var regional = await visitor.PageAsync("/fi/projects?scope=Regional");
        Assert.DoesNotContain(regional.QuerySelectorAll("caption"), c => c.TextContent == "Valtakunnalliset hankkeet");
    }

    [Theory, Databases]
    public async Task A_stale_project_form_shows_where_the_saved_card_differs_and_saves_nothing(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        using var first = await app.SignInAsync(await app.MemberAsync(project));
        using var second = await app.SignInAsync(await app.MemberAsync(project));
        var firstForm = await first.PageAsync($"/fi/projects/{project.Id}/edit");
        var secondForm = await second.PageAsync($"/fi/projects/{project.Id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(firstForm, "form.form", new() { ["Form.Funder"] = "Opetushallitus" })).StatusCode);

        var refused = await second.SubmitAsync(secondForm, "form.form", new() { ["Form.Funder"] = "ESR", ["Form.Goals"] = "Toisen tavoitteet." });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await Browser.ParseAsync(refused);
        var rows = page.QuerySelectorAll(".error-summary table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains("Rahoittaja") && r.Contains("Opetushallitus") && r.Contains("ESR"));
        Assert.Contains(rows, r => r.Contains("Tavoitteet") && r.Contains("Toisen tavoitteet."));
        var stored = await app.WithDbAsync(ctx => ctx.Projects.Where(p => p.Id == project.Id).Select(p => new { p.Funder, p.Goals }).SingleAsync());
        Assert.Equal("Opetushallitus", stored.Funder);
        Assert.Equal("", stored.Goals);

        Assert.Equal(HttpStatusCode.Redirect, (await second.SubmitAsync(page, "form.form", new())).StatusCode);
        Assert.Equal("ESR", await app.WithDbAsync(ctx => ctx.Projects.Where(p => p.Id == project.Id).Select(p => p.Funder).SingleAsync()));
    }
}
