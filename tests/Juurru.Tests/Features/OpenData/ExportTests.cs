using System.Globalization;
using System.Net;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Juurru.Features.OpenData;
using Juurru.Features.Practices;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.OpenData;

/// <summary>The whole method bank and project registry as files, as an analyst downloads and opens them.</summary>
public sealed class ExportTests
{
    private static readonly string[] PracticeColumns =
    [
        "id", "url", "network", "kind", "title", "language", "year", "collectionPeriod", "summary", "goalAndTargetGroup",
        "contentAndActions", "staffInduction", "marketing", "materials", "resources", "resultsAndIndicators", "themes", "keywords",
        "targetGroups", "regions", "organisations", "projects", "links", "decision", "decidedAt", "rooting", "rootingOrganisations",
        "modelId", "publishedAt", "updatedAt", "licence",
    ];

    [Theory, Databases]
    public async Task The_lists_workbook_holds_every_published_practice_of_its_filter_and_says_where_it_came_from_and_its_licence(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync("Polkuverkosto");
        var project = await app.ProjectAsync(network, "Polkuhanke");
        await app.PracticeAsync(project, title: "Vertaismentorointi");
        await app.PracticeAsync(project, title: "Uraohjauksen työpaja", kind: PracticeKind.Model);
        await app.PracticeAsync(project, PracticeStatus.Draft, title: "Keskeneräinen luonnos");
        await app.PracticeAsync(await app.ProjectAsync(await app.NetworkAsync("Muu verkosto")), title: "Toisen verkoston käytäntö");
        using var analyst = app.NewBrowser();

        var list = await analyst.PageAsync($"/fi/practices?network={network.Slug}");
        var href = list.QuerySelector(".downloads a[href*='practices.xlsx']")!.GetAttribute("href")!;
        var workbook = await Workbooks.ReadAsync(await analyst.GetAsync(href));

        Assert.Equal(["Tiedot", "Tietoja tiedostosta"], workbook.Keys);
        var rows = workbook["Tiedot"];
        Assert.Equal(PracticeColumns, rows[0]);
        Assert.Equal(["Uraohjauksen työpaja", "Vertaismentorointi"], rows.Skip(1).Select(r => r[4])); // the list's order: newest first
        var model = rows[1];
        Assert.Equal("Model", model[3]);
        Assert.Equal("A. Ohjaus; A1. Uraohjaus", model[16]);
        Assert.Equal("Polkuhanke", model[21]);
        Assert.StartsWith("http://localhost/fi/practices/", model[1]);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", model[^1]);
        Assert.DoesNotContain(rows.SelectMany(r => r), cell => cell.Contains("testi@example.org")); // contact persons stay out
        var about = workbook["Tietoja tiedostosta"];
        Assert.Contains(about, r => r[0] == "Lähde" && r[1] == $"http://localhost/fi/practices?network={network.Slug}");
        Assert.Contains(about, r => r[0] == "Lisenssi" && r[1] == "CC BY 4.0 https://creativecommons.org/licenses/by/4.0/");
    }

    [Theory, Databases]
    public async Task Csv_for_excel_has_semicolons_and_csv_for_programs_commas_both_with_the_stable_header_and_a_licence_link(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        await app.PracticeAsync(await app.ProjectAsync(network), title: "Vertaismentorointi, ryhmässä");
        using var analyst = app.NewBrowser();
        var list = await analyst.PageAsync("/fi/practices");

        using var forExcel = await analyst.GetAsync(list.QuerySelector(".downloads a[href*='excel=true']")!.GetAttribute("href")!);
        using var forPrograms = await analyst.GetAsync("/api/v1/export/practices.csv");

        var excelBytes = await forExcel.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], excelBytes[..3]); // the BOM that makes Excel read UTF-8
        Assert.StartsWith("id;url;network;kind;title;", System.Text.Encoding.UTF8.GetString(excelBytes[3..]));
        Assert.Equal("text/csv", forPrograms.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", forPrograms.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"; title=\"CC BY 4.0\"", forPrograms.Headers.GetValues("Link").Single());
        using var reader = new CsvReader(new StringReader(await forPrograms.Content.ReadAsStringAsync()), new CsvConfiguration(CultureInfo.InvariantCulture));
        var records = new List<string[]>();
        while (reader.Read()) records.Add(reader.Parser.Record!);
        Assert.Equal(PracticeColumns, records[0]);
        Assert.Equal("Vertaismentorointi, ryhmässä", Assert.Single(records.Skip(1))[4]);
    }

    [Theory, Databases]
    public async Task Json_lines_hold_one_object_per_practice_with_lists_as_arrays_in_the_order_of_a_search(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        await app.PracticeAsync(project, title: "Mentoroinnin malli");
        await app.PracticeAsync(project, title: "Työelämäjakso");
        await app.PracticeAsync(project, title: "Vertaismentorointi");
        using var analyst = app.NewBrowser();

        using var response = await analyst.GetAsync("/api/v1/export/practices.jsonl?q=mentorointi&sort=Title");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("application/jsonl", response.Content.Headers.ContentType!.MediaType);
        var objects = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["Mentoroinnin malli", "Vertaismentorointi"], objects.Select(o => o.GetProperty("title").GetString()));
        Assert.Equal(PracticeColumns, objects[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["A. Ohjaus", "A1. Uraohjaus"], objects[0].GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(JsonValueKind.Number, objects[0].GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Null, objects[0].GetProperty("decision").ValueKind);
    }

    [Theory, Databases]
    public async Task The_project_registry_downloads_with_its_filters_and_each_projects_status_and_lead(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network, "Polkuhanke");
        await app.PracticeAsync(project);
        await app.ProjectAsync(await app.NetworkAsync("Muu verkosto"), "Muu hanke");
        using var analyst = app.NewBrowser();

        var list = await analyst.PageAsync($"/fi/projects?network={network.Slug}");
        var href = list.QuerySelector(".downloads a[href*='projects.jsonl']")!.GetAttribute("href")!;
        var lines = (await analyst.Client.GetStringAsync(href)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var row = JsonDocument.Parse(Assert.Single(lines)).RootElement;
        Assert.Equal("Polkuhanke", row.GetProperty("name").GetString());
        Assert.Equal("Ongoing", row.GetProperty("status").GetString());
        Assert.Equal("2030-12-31", row.GetProperty("endDate").GetString());
        Assert.StartsWith("Org ", row.GetProperty("leadOrganisation").GetString());
        Assert.Equal(1, row.GetProperty("publishedPractices").GetInt32());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", row.GetProperty("licence").GetString());
        Assert.False(row.TryGetProperty("team", out _));
    }

    [Theory, Databases]
    public async Task A_licence_the_coordinator_chooses_goes_into_the_networks_files(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        await w.App.PracticeAsync(await w.App.ProjectAsync(w.Network));
        using var coordinator = await w.AsAsync(Role.Coordinator);

        var refused = await coordinator.SubmitAsync($"/fi/networks/{w.Network.Slug}/edit", "form.form", new() { ["Form.Licence"] = "GPL-3.0" });
        Assert.Contains("Valitse jokin lisensseistä.", (await Browser.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);
        var saved = await coordinator.SubmitAsync($"/fi/networks/{w.Network.Slug}/edit", "form.form", new() { ["Form.Licence"] = "CC0-1.0" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await coordinator.PageAsync($"/fi/networks/{w.Network.Slug}");
        Assert.Equal("https://creativecommons.org/publicdomain/zero/1.0/", page.QuerySelector("a[rel=license]")!.GetAttribute("href"));
        using var anyone = w.App.NewBrowser();
        using var file = await anyone.GetAsync($"/api/v1/export/practices.jsonl?network={w.Network.Slug}");
        Assert.Contains("rel=\"license\"; title=\"CC0 1.0\"", file.Headers.GetValues("Link").Single());
        var row = JsonDocument.Parse((await file.Content.ReadAsStringAsync()).Split('\n')[0]).RootElement;
        Assert.Equal("https://creativecommons.org/publicdomain/zero/1.0/", row.GetProperty("licence").GetString());
    }

    [Theory, Databases]
    public async Task A_bad_licence_leaves_the_network_as_it_was(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        using var coordinator = await w.AsAsync(Role.Coordinator);

        await coordinator.SubmitAsync($"/fi/networks/{w.Network.Slug}/edit", "form.form", new() { ["Form.Licence"] = "", ["Form.Name"] = "Uusi nimi" });

        var stored = await w.App.WithDbAsync(d => d.Networks.Where(n => n.Id == w.Network.Id).Select(n => new { n.Name, n.Licence }).SingleAsync());
        Assert.Equal(OpenLicence.Default.Id, stored.Licence);
        Assert.NotEqual("Uusi nimi", stored.Name);
    }

    [Theory, Databases]
    public async Task A_format_that_does_not_exist_is_not_found(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        using var anyone = app.NewBrowser();

        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/api/v1/export/practices.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/api/v1/export/surveys.csv")).StatusCode);
    }

    [Fact]
    public async Task Rows_come_in_the_order_asked_a_batch_at_a_time_skipping_those_no_longer_found()
    {
        var ids = Enumerable.Range(1, 1_201).Reverse().ToList();
        var batches = new List<int>();
        Task<List<int>> Load(int[] batch)
        {
            batches.Add(batch.Length);
            return Task.FromResult(batch.Where(id => id != 600).ToList());
        }

        var rows = await ExportBatches.InOrderAsync(ids, Load, id => id).ToListAsync();

        Assert.Equal(ids.Where(id => id != 600), rows);
        Assert.Equal([500, 500, 201], batches);
    }
}
