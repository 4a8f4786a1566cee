using System.Net;
using Juurru.Features.Organisations;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Organisations;

public sealed class OrganisationTests
{
    [Theory]
    [InlineData("0201256-6", true)]
    [InlineData("1572860-0", true)]
    [InlineData("0201256-5", false)]
    [InlineData("201256-6", false)]
    [InlineData("02012566", false)]
    [InlineData(null, false)]
    public void Business_ids_are_checked_with_their_check_digit(string? id, bool valid) => Assert.Equal(valid, BusinessId.IsValid(id));

    [Theory, Databases]
    public async Task Coordinators_add_organisations_and_bad_input_is_explained(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));

        var bad = await coordinator.SubmitAsync("/fi/organisations/new", "form.form", new()
        {
            ["Form.Name"] = "Esimerkkiopisto", ["Form.BusinessId"] = "1234567-8", ["Form.Website"] = "ftp://example.org",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var summary = (await Browser.ParseAsync(bad)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Y-tunnus ei ole kelvollinen.", summary);
        Assert.Contains("Anna verkko-osoite", summary);
        Assert.False(await app.WithDbAsync(ctx => ctx.Organisations.AnyAsync(o => o.Name == "Esimerkkiopisto")));

        var good = await coordinator.SubmitAsync("/fi/organisations/new", "form.form", new()
        {
            ["Form.Name"] = "Esimerkkiopisto", ["Form.Type"] = "Foundation", ["Form.RegionCode"] = "MK13",
            ["Form.BusinessId"] = "0201256-6", ["Form.Website"] = "https://example.org",
        });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var saved = await app.WithDbAsync(ctx => ctx.Organisations.Include(o => o.Region).SingleAsync(o => o.Name == "Esimerkkiopisto"));
        Assert.Equal(OrganisationType.Foundation, saved.Type);
        Assert.Equal("MK13", saved.Region!.Code);

        var duplicate = await coordinator.SubmitAsync("/fi/organisations/new", "form.form", new() { ["Form.Name"] = "esimerkkiopisto" });
        Assert.Contains("Tämän niminen organisaatio on jo olemassa.", (await Browser.ParseAsync(duplicate)).QuerySelector(".error-summary")!.TextContent);
    }

    [Theory, Databases]
    public async Task Members_edit_their_own_organisation_only(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var user = await app.MemberAsync(project);
        var (own, other) = await app.WithDbAsync(async ctx =>
        {
            var a = Organisation.Create("Oma opisto", OrganisationType.VocationalProvider);
            var b = Organisation.Create("Vieras opisto", OrganisationType.VocationalProvider);
            ctx.Organisations.AddRange(a, b);
            await ctx.SaveChangesAsync();
            ctx.OrganisationMembers.Add(new OrganisationMember { OrganisationId = a.Id, UserId = user.Id });
            await ctx.SaveChangesAsync();
            return (a, b);
        });
        using var member = await app.SignInAsync(user);

        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/fi/organisations/{own.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/fi/organisations/{other.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/fi/organisations/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/fi/organisations/{other.Id}/edit", new() { ["Form.Name"] = "Kaapattu", ["Form.Type"] = "Company" })).StatusCode);
        Assert.Equal("Vieras opisto", await app.WithDbAsync(ctx => ctx.Organisations.Where(o => o.Id == other.Id).Select(o => o.Name).SingleAsync()));
    }

    [Theory, Databases]
    public async Task A_stale_organisation_form_shows_the_saved_version_and_saves_nothing(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var organisation = await app.OrganisationAsync();
        using var first = await app.SignInAsync(await app.OrganisationMemberAsync(organisation));
        using var second = await app.SignInAsync(await app.OrganisationMemberAsync(organisation));
        var firstForm = await first.PageAsync($"/fi/organisations/{organisation.Id}/edit");
        var secondForm = await second.PageAsync($"/fi/organisations/{organisation.Id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(firstForm, "form.form", new() { ["Form.Website"] = "https://ensimmainen.example.fi" })).StatusCode);

        var refused = await second.SubmitAsync(secondForm, "form.form", new() { ["Form.Website"] = "https://toinen.example.fi" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await Browser.ParseAsync(refused);
        var row = Assert.Single(page.QuerySelectorAll(".error-summary table tbody tr")).TextContent;
        Assert.Contains("https://ensimmainen.example.fi", row);
        Assert.Contains("https://toinen.example.fi", row);
        Assert.Equal("https://ensimmainen.example.fi", await app.WithDbAsync(ctx => ctx.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.Website).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await second.SubmitAsync(page, "form.form", new())).StatusCode);
        Assert.Equal("https://toinen.example.fi", await app.WithDbAsync(ctx => ctx.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.Website).SingleAsync()));
    }
}
