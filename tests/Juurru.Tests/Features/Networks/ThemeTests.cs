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

        var used = await app.WithDbAsync(ctx => ctx.Themes.SingleAsync(t => t.NetworkId == network.Id && t.Code == "A1"));
        await coordinator.PostAsync($"/fi/networks/{network.Slug}/themes?handler=Delete", new() { ["id"] = used.Id.ToString() });
        Assert.True(await app.WithDbAsync(ctx => ctx.Themes.AnyAsync(t => t.Id == used.Id)));

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/fi/networks/{other.Slug}/themes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync($"/fi/networks/{other.Slug}/themes?handler=Save", new() { ["Input.Name"] = "Kaappaus" })).StatusCode);
        using var member = await app.SignInAsync(await app.MemberAsync(project));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/fi/networks/{network.Slug}/themes")).StatusCode);
    }
}
