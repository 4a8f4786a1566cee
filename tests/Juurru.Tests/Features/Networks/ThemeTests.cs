using System.Net;
using Juurru.Data.Seeding;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Networks;

public sealed class ThemeTests
{
    [Theory, Databases]
    public async Task The_transitions_network_ships_with_themes_A_to_D_and_their_subthemes(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);

        var themes = await app.WithDbAsync(ctx => ctx.Themes.Where(t => t.Network!.Slug == ReferenceData.TransitionsNetworkSlug).ToListAsync());

        Assert.Equal(["A", "B", "C", "D"], themes.Where(t => t.ParentId == null).Select(t => t.Code).Order());
        Assert.Equal(24, themes.Count(t => t.ParentId != null));
        Assert.Equal(19, await app.WithDbAsync(ctx => ctx.Regions.CountAsync()));
    }

    [Theory, Databases]
    public async Task A_coordinator_manages_the_theme_tree_of_their_own_network_only(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var other = await app.NetworkAsync("Toinen");
        var project = await app.ProjectAsync(network);
        await app.PracticeAsync(project); // uses themes A and A1
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));

        var added = await coordinator.SubmitAsync($"/fi/networks/{network.Slug}/themes", "form[action*='handler=Save']", new() { ["Input.Name"] = "Työelämä" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.True(await app.WithDbAsync(ctx => ctx.Themes.AnyAsync(t => t.NetworkId == network.Id && t.Code == "B" && t.Name == "Työelämä")));

        var duplicateCode = await coordinator.SubmitAsync($"/fi/networks/{network.Slug}/themes", "form[action*='handler=Save']", new() { ["Input.Name"] = "Toinen A", ["Input.Code"] = "a" });
        Assert.Contains("Verkoston toisella teemalla on jo tunnus A.", (await Browser.ParseAsync(duplicateCode)).QuerySelector(".error-summary")!.TextContent);

        var main = await app.WithDbAsync(ctx => ctx.Themes.SingleAsync(t => t.NetworkId == network.Id && t.Code == "B"));
        var ownParent = await coordinator.SubmitAsync($"/fi/networks/{network.Slug}/themes", $"form:has(input[name='Input.Id'][value='{main.Id}'])",
            new() { ["Input.ParentId"] = main.Id.ToString() });
        Assert.Contains("Teema ei voi olla oma pääteemansa.", (await Browser.ParseAsync(ownParent)).QuerySelector(".error-summary")!.TextContent);
        Assert.Null(await app.WithDbAsync(ctx => ctx.Themes.Where(t => t.Id == main.Id).Select(t => t.ParentId).SingleAsync()));

        var used = await app.WithDbAsync(ctx => ctx.Themes.SingleAsync(t => t.NetworkId == network.Id && t.Code == "A1"));
        await coordinator.PostAsync($"/fi/networks/{network.Slug}/themes?handler=Delete", new() { ["id"] = used.Id.ToString() });
        Assert.True(await app.WithDbAsync(ctx => ctx.Themes.AnyAsync(t => t.Id == used.Id)));

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/fi/networks/{other.Slug}/themes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync($"/fi/networks/{other.Slug}/themes?handler=Save", new() { ["Input.Name"] = "Kaappaus" })).StatusCode);
        using var member = await app.SignInAsync(await app.MemberAsync(project));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/fi/networks/{network.Slug}/themes")).StatusCode);
    }
}

public sealed class NetworkTests
{
    [Theory, Databases]
    public async Task Administrators_add_networks_and_coordinators_keep_their_own(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        using var admin = await w.AsAsync(Role.Administrator);

        var bad = await admin.SubmitAsync("/fi/networks/new", "form.form", new() { ["Form.Name"] = "Uusi verkosto", ["Form.Slug"] = "Ei Kelpaa!" });
        Assert.Contains("Lyhyessä nimessä voi olla", (await Browser.ParseAsync(bad)).QuerySelector(".error-summary")!.TextContent);
        var taken = await admin.SubmitAsync("/fi/networks/new", "form.form", new() { ["Form.Name"] = "Uusi verkosto", ["Form.Slug"] = w.Network.Slug });
        Assert.Contains("Toisella verkostolla on jo tämä lyhyt nimi.", (await Browser.ParseAsync(taken)).QuerySelector(".error-summary")!.TextContent);
        var created = await admin.SubmitAsync("/fi/networks/new", "form.form", new() { ["Form.Name"] = "Uusi verkosto", ["Form.Slug"] = "uusi-verkosto" });
        Assert.Equal("/fi/networks/uusi-verkosto", created.Headers.Location!.OriginalString);

        using var coordinator = await w.AsAsync(Role.Coordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/fi/networks/new")).StatusCode);
        var edited = await coordinator.SubmitAsync($"/fi/networks/{w.Network.Slug}/edit", "form.form", new() { ["Form.Description"] = "Verkoston **kuvaus**." });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal("Verkoston **kuvaus**.", await w.App.WithDbAsync(ctx => ctx.Networks.Where(n => n.Id == w.Network.Id).Select(n => n.Description).SingleAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync($"/fi/networks/{w.OtherNetwork.Slug}/edit", new() { ["Form.Name"] = "Kaapattu" })).StatusCode);
        using var member = await w.AsAsync(Role.Member);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/fi/networks/{w.Network.Slug}/edit")).StatusCode);
    }
}
