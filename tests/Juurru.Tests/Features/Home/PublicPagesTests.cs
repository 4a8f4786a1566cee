using System.Net;
using Juurru.Features.Practices;
using Juurru.Localization;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juurru.Tests.Features.Home;

/// <summary>What a visitor sees without signing in, in every language, on the demo content.</summary>
public sealed class PublicPagesTests
{
    [Theory, Databases]
    public async Task Every_public_page_answers_in_each_language_with_nothing_left_untranslated(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db, demoContent: true);
        var (practice, project, organisation, theme, slug) = await app.WithDbAsync(async ctx => (
            await ctx.Practices.Where(p => p.Status == PracticeStatus.Published && p.Kind == PracticeKind.Model).Select(p => p.Id).FirstAsync(),
            await ctx.Projects.Select(p => p.Id).FirstAsync(),
            await ctx.Organisations.Select(p => p.Id).FirstAsync(),
            await ctx.Themes.Select(p => p.Id).FirstAsync(),
            await ctx.Networks.Select(n => n.Slug).FirstAsync()));
        using var browser = app.NewBrowser();

        foreach (var culture in Cultures.Supported)
        {
            foreach (var path in new[]
                     {
                         "", "/practices", $"/practices/{practice}", "/practices?kind=Model&sort=Title", "/projects", $"/projects/{project}",
                         "/organisations", $"/organisations/{organisation}", "/networks", $"/networks/{slug}", $"/themes/{theme}",
                         "/keywords", "/account/login", "/account/register", "/account/forgot-password", "/account/confirm-email",
                     })
            {
                var page = await browser.PageAsync($"/{culture}{path}");
                Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
                Assert.NotNull(page.QuerySelector("h1"));
                Assert.NotNull(page.QuerySelector("main#main"));
            }
        }
        Assert.Empty(app.Services.GetRequiredService<Translations>().Missing.Keys);
    }

    [Fact]
    public async Task The_front_page_shows_themes_with_counts_newest_practices_and_figures()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite, demoContent: true);
        using var browser = app.NewBrowser();

        var page = await browser.PageAsync("/fi");

        Assert.NotNull(page.QuerySelector("form[role=search] input[name=q]"));
        var themes = string.Join(" ", page.QuerySelectorAll(".theme-list").Select(l => l.TextContent));
        Assert.Contains("A. Sujuva siirtymä koulutukseen", themes); // the shipped network
        Assert.Contains("O. Ohjaus ennen koulutusta", themes);     // the demo network
        var published = await app.WithDbAsync(ctx => ctx.Practices.CountAsync(p => p.Status == PracticeStatus.Published));
        Assert.Equal(published.ToString(), page.QuerySelector(".figures .figure")!.TextContent.Trim());
        Assert.Equal(Math.Min(6, published), page.QuerySelectorAll("#newest-title ~ .cards > li").Length);
    }

    [Theory, Databases]
    public async Task The_newest_practices_are_the_newest_in_the_field_not_the_latest_imported(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        var recent = await app.PracticeAsync(project, title: "Tämän vuoden malli");
        var imported = await app.PracticeAsync(project, title: "Vanha raportin käytäntö"); // published after, as an import would
        await app.WithDbAsync(async ctx =>
        {
            (await ctx.Practices.SingleAsync(p => p.Id == recent.Id)).Year = 2026;
            (await ctx.Practices.SingleAsync(p => p.Id == imported.Id)).Year = 2017;
            await ctx.SaveChangesAsync();
        });

        var page = await app.NewBrowser().PageAsync("/fi");

        var titles = page.QuerySelectorAll("#newest-title ~ .cards > li h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Tämän vuoden malli", "Vanha raportin käytäntö"], titles);
    }

    /// <summary>A newcomer with nothing to evaluate and no survey to run does not get two menus that lead to empty pages.</summary>
    [Theory]
    [InlineData(Role.Outsider, false, false)]
    [InlineData(Role.Member, false, true)]
    [InlineData(Role.Coordinator, true, true)]
    [InlineData(Role.Administrator, true, true)]
    public async Task The_account_menu_shows_evaluations_and_surveys_only_to_those_who_have_them(Role role, bool evaluations, bool surveys)
    {
        await using var w = await RoleWorld.CreateAsync(Db.Sqlite);
        using var browser = await w.AsAsync(role);

        var menu = (await browser.PageAsync("/fi")).QuerySelector("nav.account-nav")!;

        Assert.Equal(evaluations, menu.QuerySelector("a[href='/fi/evaluation']") is not null);
        Assert.Equal(surveys, menu.QuerySelector("a[href='/fi/surveys']") is not null);
        Assert.NotNull(menu.QuerySelector("a[href='/fi/account']"));
    }

    [Fact]
    public async Task The_root_sends_visitors_to_their_language()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite);
        using var browser = app.NewBrowser();
        browser.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv-FI, en;q=0.5");

        var response = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sv", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Drafts_are_hidden_from_visitors_and_unknown_pages_say_so_in_the_language()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var draft = await app.PracticeAsync(project, PracticeStatus.Draft, "Salainen luonnos");
        using var browser = app.NewBrowser();

        var notFound = await browser.PageAsync($"/sv/practices/{draft.Id}", HttpStatusCode.NotFound);
        Assert.Equal("sv", notFound.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sidan hittades inte", notFound.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("Salainen luonnos", (await browser.PageAsync("/fi/practices")).Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/practices/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/fi/no-such-page")).StatusCode);
    }

    [Fact]
    public async Task Pages_send_security_headers()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite);
        using var browser = app.NewBrowser();

        var response = await browser.GetAsync("/fi");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
