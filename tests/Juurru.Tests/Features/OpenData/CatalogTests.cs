using System.Net;
using System.Text.Json;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.OpenData;

/// <summary>The DCAT-AP catalogue as an open-data portal harvests it.</summary>
public sealed class CatalogTests
{
    [Theory, Databases]
    public async Task The_catalogue_names_every_dataset_with_its_licence_and_distributions_that_download(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync("Polkuverkosto");
        await app.PracticeAsync(await app.ProjectAsync(network));
        using var portal = app.NewBrowser();

        using var response = await portal.GetAsync("/api/v1/catalog");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        var catalog = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("dcat:Catalog", catalog.GetProperty("@type").GetString());
        Assert.Empty(UndeclaredPrefixes(catalog, catalog.GetProperty("@context").EnumerateObject().Select(p => p.Name).ToHashSet()));
        var datasets = catalog.GetProperty("dcat:dataset").EnumerateArray().ToList();
        var keys = datasets.Select(d => d.GetProperty("@id").GetString()!.Split('#')[1]).ToList();
        Assert.Equal(["practices", "projects"], keys[..2]);
        Assert.Equal(keys.IndexOf($"practices-{network.Slug}") + 1, keys.IndexOf($"projects-{network.Slug}"));
        foreach (var dataset in datasets)
        {
            Assert.Equal("dcat:Dataset", dataset.GetProperty("@type").GetString());
            Assert.NotEmpty(dataset.GetProperty("dct:description").EnumerateArray());
            Assert.Equal(3, dataset.GetProperty("dcat:distribution").GetArrayLength());
            foreach (var distribution in dataset.GetProperty("dcat:distribution").EnumerateArray())
            {
                Assert.Equal("https://creativecommons.org/licenses/by/4.0/", distribution.GetProperty("dct:license").GetProperty("@id").GetString());
                var url = distribution.GetProperty("dcat:downloadURL").GetProperty("@id").GetString()!;
                using var file = await portal.GetAsync(new Uri(url).PathAndQuery);
                Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            }
        }
        var practices = datasets[0];
        Assert.Equal(["fi", "sv", "en"], practices.GetProperty("dct:title").EnumerateArray().Select(t => t.GetProperty("@language").GetString()));
        Assert.Equal("Menetelmäpankin käytännöt", practices.GetProperty("dct:title")[0].GetProperty("@value").GetString());
        Assert.Equal("Polkuverkosto", datasets[keys.IndexOf($"practices-{network.Slug}")].GetProperty("dct:publisher").GetProperty("foaf:name").GetString());
    }

    [Theory, Databases]
    public async Task Networks_with_different_licences_give_each_dataset_its_own_and_the_whole_bank_a_rights_statement(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var open = await app.NetworkAsync("Avoin verkosto");
        var other = await app.NetworkAsync("Toinen verkosto");
        await app.WithDbAsync(d => d.Networks.Where(n => n.Id == other.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.Licence, "CC0-1.0")));
        using var portal = app.NewBrowser();

        var catalog = JsonDocument.Parse(await portal.Client.GetStringAsync("/api/v1/catalog")).RootElement;

        var datasets = catalog.GetProperty("dcat:dataset").EnumerateArray().ToDictionary(d => d.GetProperty("@id").GetString()!.Split('#')[1]);
        string? Licence(string key) => datasets[key].GetProperty("dcat:distribution")[0].TryGetProperty("dct:license", out var l) ? l.GetProperty("@id").GetString() : null;
        Assert.Equal("https://creativecommons.org/publicdomain/zero/1.0/", Licence($"practices-{other.Slug}"));
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", Licence($"practices-{open.Slug}"));
        Assert.Null(Licence("practices"));
        Assert.True(datasets["practices"].GetProperty("dcat:distribution")[0].TryGetProperty("dct:rights", out _));
    }

    /// <summary>Property names and types whose prefix ("dcat:") the context does not declare: a harvester could not expand them.</summary>
    private static List<string> UndeclaredPrefixes(JsonElement element, HashSet<string> prefixes)
    {
        var found = new List<string>();
        void Check(string name)
        {
            if (!name.StartsWith('@') && name.Contains(':') && !name.Contains("//") && !prefixes.Contains(name.Split(':')[0])) found.Add(name);
        }
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name == "@context") continue;
                    Check(p.Name);
                    if (p.Name == "@type") Check(p.Value.GetString()!);
                    Walk(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray()) Walk(item);
            }
        }
        Walk(element);
        return found;
    }
}
