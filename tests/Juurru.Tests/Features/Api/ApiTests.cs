using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Juurru.Features.Practices;
using Juurru.Features.Shared;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Api;

/// <summary>The open-data API: published content for everyone, the list page's filters, an OpenAPI document.</summary>
public sealed class ApiTests
{
    [Theory, Databases]
    public async Task Practices_are_listed_with_total_and_items_and_filtered_like_the_list_page(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        await app.PracticeAsync(project, title: "Mentorointimalli", kind: PracticeKind.Model);
        for (var i = 0; i < 3; i++) await app.PracticeAsync(project, title: $"Hyvä käytäntö {i}");
        await app.PracticeAsync(project, PracticeStatus.Draft, "Luonnos");
        using var browser = app.NewBrowser();

        var all = await browser.Client.GetFromJsonAsync<JsonElement>("/api/v1/practices?pageSize=2&sort=Title");
        Assert.Equal(4, all.GetProperty("total").GetInt32());
        Assert.Equal(2, all.GetProperty("items").GetArrayLength());
        Assert.Equal(2, all.GetProperty("pageSize").GetInt32());

        var models = await browser.Client.GetFromJsonAsync<JsonElement>($"/api/v1/practices?kind=Model&network={network.Slug}");
        var model = Assert.Single(models.GetProperty("items").EnumerateArray());
        Assert.Equal("Mentorointimalli", model.GetProperty("title").GetString());
        Assert.Equal("Model", model.GetProperty("kind").GetString());
        Assert.EndsWith($"/fi/practices/{model.GetProperty("id").GetInt32()}/mentorointimalli", model.GetProperty("url").GetString());
        var owner = model.GetProperty("projects")[0];
        Assert.Equal("Testihanke", owner.GetProperty("name").GetString());
        Assert.StartsWith("Org ", owner.GetProperty("leadOrganisation").GetString());
        Assert.Equal("2030-12-31", owner.GetProperty("endDate").GetString());
        Assert.Contains(model.GetProperty("themes").EnumerateArray(), t => t.GetProperty("code").GetString() == "A1");

        var words = await browser.Client.GetFromJsonAsync<JsonElement>("/api/v1/practices?q=hyvä%20käytäntö%202");
        Assert.Equal(1, words.GetProperty("total").GetInt32());
        Assert.Equal(0, (await browser.Client.GetFromJsonAsync<JsonElement>("/api/v1/practices?q=luonnos")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Absolute_links_come_from_the_configured_address_and_other_host_names_are_refused()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        var practice = await app.PracticeAsync(project);
        using var browser = app.NewBrowser();

        var list = await browser.Client.GetFromJsonAsync<JsonElement>("/api/v1/practices");
        Assert.Equal($"http://localhost/fi/practices/{practice.Id}/{Slugs.Of(practice.Title)}", list.GetProperty("items")[0].GetProperty("url").GetString());

        using var forged = new HttpRequestMessage(HttpMethod.Get, "/api/v1/practices");
        forged.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.Client.SendAsync(forged)).StatusCode);
    }

    [Fact]
    public async Task Refusals_and_bad_requests_are_explained_as_problem_details()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite);
        using var browser = app.NewBrowser();

        var missing = await browser.GetAsync("/api/v1/practices/999999");
        var malformed = await browser.GetAsync("/api/v1/practices?page=abc");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
    }

    [Theory, Databases]
    public async Task A_practice_has_its_whole_template_and_drafts_only_reach_their_editors(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var published = await app.PracticeAsync(project);
        var draft = await app.PracticeAsync(project, PracticeStatus.Draft, "Luonnos");
        using var visitor = app.NewBrowser();

        var json = await visitor.Client.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{published.Id}");
        Assert.Equal("Published", json.GetProperty("status").GetString());
        Assert.Contains("kiinnittyvät", json.GetProperty("goalAndTargetGroup").GetString());
        Assert.Equal("Testihanke", json.GetProperty("projects")[0].GetProperty("name").GetString());
        Assert.Equal(2, json.GetProperty("themes").GetArrayLength());

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/v1/practices/{draft.Id}")).StatusCode);
        using var member = await app.SignInAsync(await app.MemberAsync(project));
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/v1/practices/{draft.Id}")).StatusCode);
        using var outsider = await app.SignInAsync(await app.OutsiderAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/practices/{draft.Id}")).StatusCode);
    }

    [Theory, Databases]
    public async Task Projects_and_networks_are_open_data_too(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db, demoContent: true);
        using var browser = app.NewBrowser();

        var projects = await browser.Client.GetFromJsonAsync<JsonElement>("/api/v1/projects?scope=National");
        Assert.True(projects.GetProperty("total").GetInt32() > 0);
        Assert.All(projects.GetProperty("items").EnumerateArray(), p => Assert.Equal("National", p.GetProperty("scope").GetString()));
        var id = projects.GetProperty("items")[0].GetProperty("id").GetInt32();
        var card = await browser.Client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}");
        Assert.True(card.TryGetProperty("leadOrganisation", out _));
        Assert.True(card.TryGetProperty("practices", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/api/v1/projects/999999")).StatusCode);

        var networks = await browser.Client.GetFromJsonAsync<JsonElement>("/api/v1/networks");
        var transitions = networks.EnumerateArray().Single(n => n.GetProperty("slug").GetString() == "sujuvat-siirtymat");
        Assert.Equal(4, transitions.GetProperty("themes").GetArrayLength());
        Assert.Equal(5, transitions.GetProperty("themes")[0].GetProperty("subthemes").GetArrayLength());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite);
        using var browser = app.NewBrowser();

        var doc = await browser.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/practices", "/api/v1/practices/{id}", "/api/v1/projects", "/api/v1/projects/{id}", "/api/v1/networks",
                     "/api/v1/organisations", "/api/v1/organisations/{id}", "/api/v1/themes/{id}", "/api/v1/catalog",
                     "/api/v1/export/practices.{format}", "/api/v1/export/projects.{format}" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        var parameters = paths.GetProperty("/api/v1/practices").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("theme", parameters);
        Assert.Contains("q", parameters);
        Assert.DoesNotContain(paths.EnumerateObject(), p => p.Name.StartsWith("/fi"));
    }

    [Theory, Databases]
    public async Task Organisations_are_listed_by_name_and_filtered_and_a_cursor_walks_them_all(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var names = new[] { "Aalto-opisto", "Beta-opisto", "Cesium-opisto", "Delta-opisto", "Epsilon-opisto" };
        foreach (var name in names) await app.OrganisationAsync(name, name.StartsWith('C') ? "MK01" : "MK15");
        using var browser = app.NewBrowser();

        var seen = new List<string>();
        int? after = null;
        do
        {
            var page = await browser.Client.GetFromJsonAsync<JsonElement>($"/api/v1/organisations?q=opisto&pageSize=2{(after is null ? "" : $"&after={after}")}");
            if (after is null)
            {
                Assert.Equal(5, page.GetProperty("total").GetInt32());
                await app.OrganisationAsync("Alku-opisto"); // added before the cursor: the walk goes on where it was
            }
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("name").GetString()!));
            after = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetInt32();
        } while (after is not null);
        Assert.Equal(names, seen.Select(n => n[..n.LastIndexOf(' ')]));

        var uusimaa = await browser.Client.GetFromJsonAsync<JsonElement>("/api/v1/organisations?region=MK01");
        var cesium = Assert.Single(uusimaa.GetProperty("items").EnumerateArray());
        Assert.Equal("MK01", cesium.GetProperty("region").GetProperty("code").GetString());
        Assert.Equal("VocationalProvider", cesium.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync("/api/v1/organisations?after=999999")).StatusCode);
    }

    [Theory, Databases]
    public async Task An_organisation_has_its_projects_and_published_practices(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync(), "Polkuhanke");
        await app.PracticeAsync(project, title: "Vertaismentorointi");
        await app.PracticeAsync(project, PracticeStatus.Draft, title: "Luonnos");
        var lead = await app.WithDbAsync(d => d.Projects.Where(p => p.Id == project.Id).Select(p => p.LeadOrganisationId!.Value).SingleAsync());
        using var browser = app.NewBrowser();

        var organisation = await browser.Client.GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{lead}");

        Assert.Equal("Polkuhanke", Assert.Single(organisation.GetProperty("leadProjects").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("Vertaismentorointi", Assert.Single(organisation.GetProperty("practices").EnumerateArray()).GetProperty("title").GetString());
        Assert.EndsWith($"/fi/organisations/{lead}", organisation.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/api/v1/organisations/999999")).StatusCode);
    }

    [Theory, Databases]
    public async Task A_theme_has_its_subthemes_practices_and_projects(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        await app.PracticeAsync(await app.ProjectAsync(network, "Polkuhanke"), title: "Vertaismentorointi");
        var main = await app.WithDbAsync(d => d.Themes.Where(t => t.NetworkId == network.Id && t.Code == "A").Select(t => t.Id).SingleAsync());
        using var browser = app.NewBrowser();

        var theme = await browser.Client.GetFromJsonAsync<JsonElement>($"/api/v1/themes/{main}");

        Assert.Equal("Ohjaus", theme.GetProperty("name").GetString());
        Assert.Equal(network.Slug, theme.GetProperty("network").GetProperty("slug").GetString());
        var sub = Assert.Single(theme.GetProperty("subthemes").EnumerateArray());
        Assert.Equal(("A1", 1), (sub.GetProperty("code").GetString(), sub.GetProperty("practices").GetInt32()));
        Assert.Equal(1, theme.GetProperty("practiceCount").GetInt32());
        Assert.Equal("Vertaismentorointi", theme.GetProperty("newestPractices")[0].GetProperty("title").GetString());
        Assert.Equal("Polkuhanke", theme.GetProperty("projects")[0].GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/api/v1/themes/999999")).StatusCode);
    }

    [Theory, Databases]
    public async Task Practices_and_projects_can_be_walked_with_a_cursor_to_the_end(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        for (var i = 0; i < 5; i++) await app.PracticeAsync(await app.ProjectAsync(network, $"Hanke {i}"), title: $"Käytäntö {i}");
        using var browser = app.NewBrowser();

        async Task<List<string>> WalkAsync(string list, string field)
        {
            var seen = new List<string>();
            string? after = null;
            do
            {
                var page = await browser.Client.GetFromJsonAsync<JsonElement>($"/api/v1/{list}?network={network.Slug}&pageSize=2{after}");
                Assert.Equal(after is null ? JsonValueKind.Number : JsonValueKind.Null, page.GetProperty("page").ValueKind);
                seen.AddRange(page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty(field).GetString()!));
                after = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : $"&after={page.GetProperty("next").GetInt32()}";
            } while (after is not null);
            return seen;
        }

        Assert.Equal(["Käytäntö 4", "Käytäntö 3", "Käytäntö 2", "Käytäntö 1", "Käytäntö 0"], await WalkAsync("practices", "title")); // newest first
        Assert.Equal(["Hanke 0", "Hanke 1", "Hanke 2", "Hanke 3", "Hanke 4"], await WalkAsync("projects", "name"));
        var lost = await browser.GetAsync("/api/v1/practices?after=999999");
        Assert.Equal(HttpStatusCode.BadRequest, lost.StatusCode);
        Assert.Contains("start again without after", await lost.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync("/api/v1/projects?after=999999")).StatusCode);
    }
}
