using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using Juurru.Features.OpenData;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.OpenData;

/// <summary>
/// Every operation of the OpenAPI document shows an example request and its answer, recorded from the demo content; the
/// same request answers today in the same shape (the same fields, of the same kinds). With JUURRU_RECORD_API_EXAMPLES set
/// to the examples' source folder, the test records them anew instead (README: "API examples").
/// </summary>
public sealed class ApiExampleTests
{
    private const int ArrayItems = 2, TextLength = 160, CsvRows = 2;

    [Fact]
    public async Task Every_operation_shows_an_example_recorded_from_the_demo_and_the_api_still_answers_it_in_that_shape()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite, demoContent: true);
        var demo = await app.WithDbAsync(async d => new
        {
            Network = await d.Networks.SingleAsync(n => n.Slug == "polkuverkosto"),
            Practice = await d.Practices.Where(p => p.Network!.Slug == "polkuverkosto" && p.Status == Juurru.Features.Practices.PracticeStatus.Published)
                .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
            Project = await d.Projects.Where(p => p.Network!.Slug == "polkuverkosto").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
            Organisation = await d.Projects.Where(p => p.Network!.Slug == "polkuverkosto" && p.LeadOrganisationId != null).OrderBy(p => p.Id).Select(p => p.LeadOrganisationId).FirstAsync(),
            Theme = await d.Themes.Where(t => t.Network!.Slug == "polkuverkosto" && t.ParentId == null).OrderBy(t => t.SortOrder).Select(t => t.Id).FirstAsync(),
            Survey = await d.Surveys.Where(s => s.Network!.Slug == "polkuverkosto").OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            Event = await d.Events.Where(e => e.Network!.Slug == "polkuverkosto" && e.Kind == Juurru.Features.Events.EventKind.ThemeEvent).Select(e => e.Id).FirstAsync(),
        });
        // What each operation is shown with: a request a reader would make first.
        var requests = new Dictionary<string, string>
        {
            ["ListPractices"] = "/api/v1/practices?network=polkuverkosto&pageSize=2",
            ["GetPractice"] = $"/api/v1/practices/{demo.Practice}",
            ["Search"] = "/api/v1/search?q=mentorointi&pageSize=2",
            ["ListProjects"] = "/api/v1/projects?network=polkuverkosto&pageSize=2",
            ["GetProject"] = $"/api/v1/projects/{demo.Project}",
            ["ListOrganisations"] = "/api/v1/organisations?pageSize=2",
            ["GetOrganisation"] = $"/api/v1/organisations/{demo.Organisation}",
            ["ListNetworks"] = "/api/v1/networks",
            ["GetTheme"] = $"/api/v1/themes/{demo.Theme}",
            ["GetNetworkRooting"] = "/api/v1/networks/polkuverkosto/rooting",
            ["GetSurvey"] = $"/api/v1/surveys/{demo.Survey}",
            ["GetSurveyReport"] = $"/api/v1/surveys/{demo.Survey}/report",
            ["ExportPractices"] = "/api/v1/export/practices.jsonl?network=polkuverkosto",
            ["ExportProjects"] = "/api/v1/export/projects.csv?network=polkuverkosto",
            ["Catalog"] = "/api/v1/catalog",
            ["ListEvents"] = "/api/v1/events?network=polkuverkosto",
            ["GetEvent"] = $"/api/v1/events/{demo.Event}",
        };
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(demo.Network)); // surveys answer those who manage them
        var document = await coordinator.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value))).ToList();
        var folder = Environment.GetEnvironmentVariable("JUURRU_RECORD_API_EXAMPLES");

        Assert.All(operations, o => Assert.Equal("get", o.Method));
        Assert.Equal(requests.Keys.Order(), operations.Select(o => o.Operation.GetProperty("operationId").GetString()!).Order());
        var problems = new List<string>();
        foreach (var (_, _, operation) in operations)
        {
            var id = operation.GetProperty("operationId").GetString()!;
            using var response = await coordinator.GetAsync(requests[id]);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{id}: {requests[id]} answered {response.StatusCode}");
            var today = await RecordAsync(requests[id], response);
            if (folder is not null)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, id + ".json"), JsonSerializer.Serialize(today, ApiExamples.Json) + "\n");
                continue;
            }
            if (!ApiExamples.All.TryGetValue(id, out var recorded)) problems.Add($"{id}: no example recorded");
            else if (recorded.Request != today.Request) problems.Add($"{id}: recorded for {recorded.Request}, shown with {today.Request}");
            else if (recorded.ContentType != today.ContentType) problems.Add($"{id}: recorded as {recorded.ContentType}, answers {today.ContentType}");
            else if (Shape(recorded) is var then && Shape(today) is var now && !then.SetEquals(now))
                problems.Add($"{id}: the answer's shape changed: now also {string.Join(", ", now.Except(then))}; no longer {string.Join(", ", then.Except(now))}");
            else if (!operation.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty(recorded.ContentType).TryGetProperty("example", out _))
                problems.Add($"{id}: the document does not show the example");
        }
        Assert.True(problems.Count == 0, "Record the examples again (README: API examples) if the change is meant:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task The_example_request_s_values_are_the_parameters_examples()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite);
        using var browser = app.NewBrowser();

        var document = await browser.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var list = document.GetProperty("paths").GetProperty("/api/v1/practices").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.TryGetProperty("example", out var e) ? e.ToString() : null);
        Assert.Equal("polkuverkosto", list["network"]);
        Assert.Equal("2", list["pageSize"]);
        Assert.Null(list["q"]);
        var export = document.GetProperty("paths").GetProperty("/api/v1/export/practices.{format}").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "format");
        Assert.Equal("jsonl", export.GetProperty("example").GetString());
    }

    [Theory]
    [InlineData("/api/v1/practices/12", "api/v1/practices/{id}", "id", "12")]
    [InlineData("/api/v1/export/projects.csv?lang=sv", "api/v1/export/projects.{format}", "format", "csv")]
    [InlineData("/api/v1/export/projects.csv?lang=sv", "api/v1/export/projects.{format}", "lang", "sv")]
    [InlineData("/api/v1/networks/polku%20verkosto/rooting", "api/v1/networks/{slug}/rooting", "slug", "polku verkosto")]
    public void A_request_s_values_are_read_from_its_query_and_its_route(string request, string template, string name, string value) =>
        Assert.Equal(value, ApiExamples.ValuesOf(request, template)[name]);

    /// <summary>An answer as the document shows it: arrays cut to their first items, long texts shortened, files to their first rows.</summary>
    private static async Task<ApiExample> RecordAsync(string request, HttpResponseMessage response)
    {
        var type = response.Content.Headers.ContentType!.MediaType!;
        var body = await response.Content.ReadAsStringAsync();
        if (type is "text/csv")
        {
            using var reader = new CsvReader(new StringReader(body), CultureInfo.InvariantCulture);
            using var text = new StringWriter { NewLine = "\n" };
            using (var writer = new CsvWriter(text, CultureInfo.InvariantCulture))
            {
                for (var row = 0; row <= CsvRows && await reader.ReadAsync(); row++)
                {
                    foreach (var field in reader.Parser.Record!) writer.WriteField(Shorten(field));
                    await writer.NextRecordAsync();
                }
            }
            return new ApiExample(request, type, null, text.ToString());
        }
        if (type is "application/jsonl")
            return new ApiExample(request, type, null, Cut(JsonNode.Parse(body.Split('\n')[0]))!.ToJsonString() + "\n");
        return new ApiExample(request, type, Cut(JsonNode.Parse(body)), null);
    }

    private static JsonNode? Cut(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(kv => KeyValuePair.Create(kv.Key, Cut(kv.Value)))),
        JsonArray a => new JsonArray(a.Take(ArrayItems).Select(Cut).ToArray()),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonValue.Create(Shorten(v.GetValue<string>())),
        _ => node?.DeepClone(),
    };

    private static string Shorten(string text) => text.Length <= TextLength ? text : text[..TextLength] + "…";

    /// <summary>The fields of an answer with the kind of each value ("items[].title:String"); a CSV file's header.</summary>
    private static HashSet<string> Shape(ApiExample example)
    {
        var shape = new HashSet<string>();
        if (example.ContentType is "text/csv") shape.UnionWith(example.Text!.Split('\n')[0].Split(','));
        else Walk(example.Json ?? JsonNode.Parse(example.Text!.Split('\n')[0]), "", shape);
        return shape;
    }

    private static void Walk(JsonNode? node, string path, HashSet<string> shape)
    {
        switch (node)
        {
            case JsonObject o:
                shape.Add(path + ":Object");
                foreach (var (key, value) in o) Walk(value, path + "." + key, shape);
                break;
            case JsonArray a:
                shape.Add(path + ":Array");
                foreach (var item in a) Walk(item, path + "[]", shape);
                break;
            default:
                shape.Add(path + ":" + (node?.GetValueKind().ToString() ?? "Null"));
                break;
        }
    }
}
