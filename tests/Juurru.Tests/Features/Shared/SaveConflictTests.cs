using System.Net;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juurru.Tests.Features.Shared;

/// <summary>The same save sent at the same moment: one wins, the others are told, nothing is doubled, nothing is a server error.</summary>
public sealed class SaveConflictTests
{
    [Theory, Databases]
    public async Task Parallel_saves_of_the_same_new_theme_code_make_one_theme(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var page = await coordinator.PageAsync($"/fi/networks/{network.Slug}/themes");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            coordinator.SubmitAsync(page, "form[action*='handler=Save']", new() { ["Input.Name"] = $"Rinnakkainen {i}", ["Input.Code"] = "Q" })));

        Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"{r.StatusCode}"));
        Assert.Equal(1, await app.WithDbAsync(ctx => ctx.Themes.CountAsync(t => t.NetworkId == network.Id && t.Code == "Q")));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Redirect);
    }

    [Theory, Databases]
    public async Task Parallel_practice_saves_that_add_the_same_new_keyword_make_one_keyword(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var practices = new[] { await app.PracticeAsync(project, Juurru.Features.Practices.PracticeStatus.Draft), await app.PracticeAsync(project, Juurru.Features.Practices.PracticeStatus.Draft), await app.PracticeAsync(project, Juurru.Features.Practices.PracticeStatus.Draft) };
        using var member = await app.SignInAsync(await app.MemberAsync(project));
        var pages = new List<AngleSharp.Dom.IDocument>();
        foreach (var practice in practices) pages.Add(await member.PageAsync($"/fi/practices/{practice.Id}/edit"));

        var responses = await Task.WhenAll(pages.Select(page => member.SubmitAsync(page, "form.form", new() { ["Form.Keywords"] = "aivan uusi avainsana" })));

        Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"{r.StatusCode}"));
        Assert.Equal(1, await app.WithDbAsync(ctx => ctx.Keywords.CountAsync(k => k.Name == "aivan uusi avainsana")));
    }

    [Theory, Databases]
    public async Task Parallel_edits_of_one_project_are_never_a_server_error(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        using var first = await app.SignInAsync(await app.MemberAsync(project));
        using var second = await app.SignInAsync(await app.MemberAsync(project));
        var firstPage = await first.PageAsync($"/fi/projects/{project.Id}/edit");
        var secondPage = await second.PageAsync($"/fi/projects/{project.Id}/edit");

        var responses = await Task.WhenAll(
            first.SubmitAsync(firstPage, "form.form", new() { ["Form.Name"] = "Ensimmäisen nimi", ["Form.Contacts[0].Name"] = "Eka" }),
            second.SubmitAsync(secondPage, "form.form", new() { ["Form.Name"] = "Toisen nimi", ["Form.Contacts[0].Name"] = "Toka" }));

        // One is saved, the other is shown the saved card beside theirs; the stored card is wholly the one told "saved".
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var winner = responses[0].StatusCode == HttpStatusCode.Redirect ? ("Ensimmäisen nimi", "Eka") : ("Toisen nimi", "Toka");
        var stored = await app.WithDbAsync(ctx => ctx.Projects.AsNoTracking().SingleAsync(p => p.Id == project.Id));
        Assert.Equal(winner, (stored.Name, stored.Contacts.Single().Name));
    }

    /// <summary>The database's own check, without any page: a row saved by someone else since it was read is not overwritten.</summary>
    [Theory, Databases]
    public async Task A_row_changed_since_it_was_read_is_not_overwritten(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var practice = await app.PracticeAsync(project);
        await using var firstScope = app.Services.CreateAsyncScope();
        await using var secondScope = app.Services.CreateAsyncScope();
        var first = firstScope.ServiceProvider.GetRequiredService<Juurru.Data.JuurruDbContext>();
        var second = secondScope.ServiceProvider.GetRequiredService<Juurru.Data.JuurruDbContext>();
        var mine = await first.Practices.SingleAsync(p => p.Id == practice.Id);
        var theirs = await second.Practices.SingleAsync(p => p.Id == practice.Id);

        theirs.Summary = "Heidän tekstinsä.";
        await second.SaveChangesAsync();
        mine.Summary = "Minun tekstini.";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
        var stored = await app.WithDbAsync(ctx => ctx.Practices.Where(p => p.Id == practice.Id).Select(p => new { p.Summary, p.Version }).SingleAsync());
        Assert.Equal(("Heidän tekstinsä.", practice.Version + 1), (stored.Summary, stored.Version));
    }
}
