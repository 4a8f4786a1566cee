using System.Net;
using Juurru.Identity;
using Juurru.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juurru.Tests.Features.Admin;

public sealed class AdminTests
{
    [Theory, Databases]
    public async Task Only_administrators_manage_users(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var visitor = app.NewBrowser();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var target = await app.OutsiderAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/fi/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/fi/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync($"/fi/admin/users/{target.Id}", new() { ["Form.Administrator"] = "true" })).StatusCode);
        Assert.False(await app.IsAdministratorAsync(target));
    }

    [Theory, Databases]
    public async Task An_administrator_grants_coordination_membership_and_administration(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var admin = await app.AdministratorAsync();
        var target = await app.OutsiderAsync();
        using var browser = await app.SignInAsync(admin);

        var list = await browser.PageAsync($"/fi/admin/users?q={Uri.EscapeDataString(target.Email!)}");
        Assert.Single(list.QuerySelectorAll("tbody tr"));

        var saved = await browser.SubmitAsync($"/fi/admin/users/{target.Id}", "form.form", new() { ["Form.Administrator"] = "true" },
            new() { ["Form.NetworkIds"] = [network.Id.ToString()], ["Form.ProjectIds"] = [project.Id.ToString()] });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await app.IsAdministratorAsync(target));
        Assert.True(await app.WithDbAsync(ctx => ctx.NetworkCoordinators.AnyAsync(c => c.UserId == target.Id && c.NetworkId == network.Id)));
        Assert.True(await app.WithDbAsync(ctx => ctx.ProjectMembers.AnyAsync(c => c.UserId == target.Id && c.ProjectId == project.Id)));

        // Taking the rights away again removes them.
        await browser.SubmitAsync($"/fi/admin/users/{target.Id}", "form.form", [], new() { ["Form.Administrator"] = [], ["Form.NetworkIds"] = [], ["Form.ProjectIds"] = [] });
        Assert.False(await app.IsAdministratorAsync(target));
        Assert.False(await app.WithDbAsync(ctx => ctx.NetworkCoordinators.AnyAsync(c => c.UserId == target.Id)));

        // An administrator cannot take away their own rights.
        var self = await browser.SubmitAsync($"/fi/admin/users/{admin.Id}", "form.form", [], new() { ["Form.Administrator"] = [] });
        Assert.Contains("Et voi poistaa omia ylläpito-oikeuksiasi.", (await Browser.ParseAsync(self)).QuerySelector(".error-summary")!.TextContent);
        Assert.True(await app.IsAdministratorAsync(admin));
    }
}
