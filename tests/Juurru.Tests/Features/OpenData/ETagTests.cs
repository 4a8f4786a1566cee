using System.Net;
using System.Net.Http.Headers;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.OpenData;

/// <summary>A harvester polling the API and the downloads gets "304 Not Modified" until something changes.</summary>
public sealed class ETagTests
{
    [Theory, Databases]
    public async Task An_api_answer_is_not_sent_again_until_it_changes(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        await app.PracticeAsync(project, title: "Vertaismentorointi");
        using var harvester = app.NewBrowser();

        using var first = await harvester.GetAsync("/api/v1/practices");
        var tag = first.Headers.ETag!;
        using var again = await GetIfNoneMatchAsync(harvester, "/api/v1/practices", tag);
        await app.PracticeAsync(project, title: "Uraohjauksen työpaja");
        using var changed = await GetIfNoneMatchAsync(harvester, "/api/v1/practices", tag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
        Assert.Contains("Uraohjauksen työpaja", await changed.Content.ReadAsStringAsync());
    }

    [Theory, Databases]
    public async Task A_download_is_not_made_again_until_its_data_or_licence_changes(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        await app.PracticeAsync(await app.ProjectAsync(network));
        using var harvester = app.NewBrowser();
        const string url = "/api/v1/export/practices.jsonl";

        using var first = await harvester.GetAsync(url);
        var tag = first.Headers.ETag!;
        using var again = await GetIfNoneMatchAsync(harvester, url, tag);
        using var otherFilter = await GetIfNoneMatchAsync(harvester, url + "?kind=Model", tag);
        await app.WithDbAsync(async d =>
        {
            var tracked = await d.Networks.FindAsync(network.Id);
            tracked!.Licence = "CC0-1.0";
            return await d.SaveChangesAsync();
        });
        using var relicensed = await GetIfNoneMatchAsync(harvester, url, tag);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherFilter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, relicensed.StatusCode);
        Assert.Contains("publicdomain/zero", await relicensed.Content.ReadAsStringAsync());
    }

    [Theory, Databases]
    public async Task Renaming_an_organisation_changes_the_files_that_name_it(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        using var harvester = app.NewBrowser();
        const string url = "/api/v1/export/projects.jsonl";

        using var first = await harvester.GetAsync(url);
        await app.WithDbAsync(async d =>
        {
            var lead = await d.Organisations.SingleAsync(o => d.Projects.Any(p => p.Id == project.Id && p.LeadOrganisationId == o.Id));
            lead.Rename("Uusi nimi -opisto");
            return await d.SaveChangesAsync();
        });
        using var renamed = await GetIfNoneMatchAsync(harvester, url, first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Contains("Uusi nimi -opisto", await renamed.Content.ReadAsStringAsync());
    }

    [Theory, Databases]
    public async Task A_refusal_has_no_tag(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        using var anyone = app.NewBrowser();

        using var missing = await anyone.GetAsync("/api/v1/practices/999999");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.ETag);
    }

    private static Task<HttpResponseMessage> GetIfNoneMatchAsync(Browser browser, string url, EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(tag);
        return browser.Client.SendAsync(request);
    }
}
