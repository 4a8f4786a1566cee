using System.Net;
using System.Text.RegularExpressions;
using Juurru.Features.Practices;
using Juurru.Features.Shared;
using Juurru.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juurru.Tests.Features.Discovery;

/// <summary>Practices and projects have readable addresses; the numbered ones, and old words after a rename, lead to them.</summary>
public sealed partial class ReadableAddressTests
{
    [Theory, Databases]
    public async Task A_numbered_practice_address_redirects_permanently_to_its_words_with_the_query_kept(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var practice = await app.PracticeAsync(await app.ProjectAsync(await app.NetworkAsync()), title: "Ryhmäytymisen malli");
        using var visitor = app.NewBrowser();

        using var response = await visitor.GetAsync($"/sv/practices/{practice.Id}?tab=rooting");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/sv/practices/{practice.Id}/ryhmaytymisen-malli?tab=rooting", response.Headers.Location!.OriginalString);
        Assert.True(response.Headers.CacheControl!.NoCache);
        var page = await visitor.PageAsync(response.Headers.Location.OriginalString);
        Assert.Equal($"http://localhost/sv/practices/{practice.Id}/ryhmaytymisen-malli",
            page.QuerySelector("head link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory, Databases]
    public async Task After_a_rename_the_old_words_lead_to_the_new_ones(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var practice = await app.PracticeAsync(await app.ProjectAsync(await app.NetworkAsync()), title: "Ryhmäytymisen malli");
        await app.WithDbAsync(d => d.Practices.Where(p => p.Id == practice.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.Title, "Ryhmäytyminen ensimmäisellä viikolla")));
        using var visitor = app.NewBrowser();

        using var response = await visitor.GetAsync($"/fi/practices/{practice.Id}/ryhmaytymisen-malli");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/fi/practices/{practice.Id}/ryhmaytyminen-ensimmaisella-viikolla", response.Headers.Location!.OriginalString);
    }

    [Theory, Databases]
    public async Task A_draft_s_numbered_address_tells_a_visitor_nothing_not_even_its_words(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var draft = await app.PracticeAsync(await app.ProjectAsync(await app.NetworkAsync()), PracticeStatus.Draft, title: "Salainen luonnos");
        using var visitor = app.NewBrowser();

        using var response = await visitor.GetAsync($"/fi/practices/{draft.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory, Databases]
    public async Task A_numbered_project_address_redirects_to_its_words_and_the_page_names_them_canonical(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync(), "PURE STEEL – metalliala");
        using var visitor = app.NewBrowser();

        using var response = await visitor.GetAsync($"/en/projects/{project.Id}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/en/projects/{project.Id}/pure-steel-metalliala", response.Headers.Location!.OriginalString);
        var page = await visitor.PageAsync(response.Headers.Location.OriginalString);
        Assert.Equal($"http://localhost/en/projects/{project.Id}/pure-steel-metalliala", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory, Databases]
    public async Task The_pages_link_straight_to_the_worded_addresses_never_through_a_redirect(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network, "Polkuhanke");
        var practice = await app.PracticeAsync(project, title: "Vertaismentorointi");
        var theme = await app.WithDbAsync(d => d.Themes.Where(t => t.NetworkId == network.Id).Select(t => t.Id).FirstAsync());
        var organisation = await app.WithDbAsync(d => d.Projects.Where(p => p.Id == project.Id).Select(p => p.LeadOrganisationId).SingleAsync());
        using var visitor = app.NewBrowser();

        var linked = new List<string>();
        foreach (var path in new[] { "/fi/practices", "/fi/projects", $"/fi/practices/{practice.Id}", $"/fi/projects/{project.Id}",
                     $"/fi/themes/{theme}", $"/fi/organisations/{organisation}", $"/fi/embed/projects/{project.Id}" })
        {
            var page = await visitor.PageAsync(path);
            linked.AddRange(page.QuerySelectorAll("a[href]").Select(a => new Uri(new Uri("http://localhost"), a.GetAttribute("href")!).AbsolutePath)
                .Where(href => PracticeOrProject().IsMatch(href)));
        }

        Assert.Contains($"/fi/practices/{practice.Id}/vertaismentorointi", linked);
        Assert.Contains($"/fi/projects/{project.Id}/polkuhanke", linked);
        Assert.DoesNotContain(linked, href => Regex.IsMatch(href, @"^/\w\w/(practices|projects)/\d+$"));
    }

    [Fact]
    public async Task The_words_never_take_the_place_of_a_sub_page_of_a_practice_or_project()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite);

        // Every fixed word after the number in a page's route, e.g. "edit" in "{culture}/practices/{id:int}/edit".
        var subPages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.PathSegments)
            .Where(s => s.Count >= 4 && Literal(s[1]) is "practices" or "projects" && s[2].Parts is [RoutePatternParameterPart { Name: "id" }])
            .Select(s => Literal(s[3])).OfType<string>().Distinct();

        Assert.Equal(subPages.Order(), Slugs.SubPages.Order());
    }

    private static string? Literal(RoutePatternPathSegment segment) =>
        segment.Parts is [RoutePatternLiteralPart literal] ? literal.Content : null;

    [GeneratedRegex(@"^/\w\w/(practices|projects)/\d+")]
    private static partial Regex PracticeOrProject();
}
