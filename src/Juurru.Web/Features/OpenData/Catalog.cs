using System.Text.Json.Nodes;
using Juurru.Data;
using Juurru.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.OpenData;

/// <summary>
/// The datasets Juurru publishes, described in DCAT-AP (the EU profile of W3C DCAT that avoindata.fi and
/// data.europa.eu harvest) as JSON-LD: the whole method bank and project registry, and each network's share of them.
/// Each distribution is one of the downloads (<see cref="ExportApi"/>) or the JSON API, with its licence.
/// </summary>
public sealed class Catalog(JuurruDbContext db, IStringLocalizer<SharedResource> L, Microsoft.Extensions.Options.IOptions<JuurruOptions> configured)
{
    public const string ContentType = "application/ld+json";
    private const string EuVocabularies = "http://publications.europa.eu/resource/authority/";
    private readonly JuurruOptions options = configured.Value;

    private sealed record NetworkEntry(string Slug, string Name, string Description, string? Website, string Licence, DateTime? PracticesModified, DateTime? ProjectsModified);

    public async Task<JsonObject> DescribeAsync(CancellationToken ct)
    {
        var networks = await db.Networks.AsNoTracking().OrderBy(n => n.SortKey)
            .Select(n => new NetworkEntry(n.Slug, n.Name, n.Description, n.Website, n.Licence,
                db.Practices.Where(p => p.NetworkId == n.Id && p.Status == Practices.PracticeStatus.Published).Max(p => (DateTime?)p.UpdatedAt),
                db.Projects.Where(p => p.NetworkId == n.Id).Max(p => (DateTime?)p.UpdatedAt)))
            .ToListAsync(ct);
        var licences = networks.Select(n => OpenLicence.For(n.Licence)).Distinct().ToList();
        var shared = licences.Count == 1 ? licences[0] : null;
        var datasets = new JsonArray
        {
            Dataset("practices", null, Text(l => l["Practices of the method bank"]), Text(l => l["Models and good practices documented by the networks' projects, with their evaluation and rooting."]),
                shared, networks.Max(n => n.PracticesModified), "/practices", "practices"),
            Dataset("projects", null, Text(l => l["Projects of the registry"]), Text(l => l["The networks' projects: funding, organisations, regions, themes, goals and results."]),
                shared, networks.Max(n => n.ProjectsModified), "/projects", "projects"),
        };
        foreach (var n in networks)
        {
            var licence = OpenLicence.For(n.Licence);
            datasets.Add(Dataset($"practices-{n.Slug}", n, Text(l => l["Practices: {0}", n.Name]), Description(n.Description),
                licence, n.PracticesModified, $"/networks/{n.Slug}", "practices"));
            datasets.Add(Dataset($"projects-{n.Slug}", n, Text(l => l["Projects: {0}", n.Name]), Description(n.Description),
                licence, n.ProjectsModified, $"/networks/{n.Slug}", "projects"));
        }
        var catalog = new JsonObject
        {
            ["@context"] = new JsonObject
            {
                ["dcat"] = "http://www.w3.org/ns/dcat#",
                ["dct"] = "http://purl.org/dc/terms/",
                ["foaf"] = "http://xmlns.com/foaf/0.1/",
                ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
                ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
            },
            ["@id"] = options.Absolute("/api/v1/catalog"),
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = "Juurru",
            ["dct:description"] = Text(l => l["The method bank and project registry of education development networks."]),
            ["dct:publisher"] = Agent("Juurru", options.Absolute("/")),
            ["foaf:homepage"] = Ref(options.Absolute("/")),
            ["dct:language"] = new JsonArray(Ref(EuVocabularies + "language/FIN"), Ref(EuVocabularies + "language/SWE"), Ref(EuVocabularies + "language/ENG")),
            ["dcat:dataset"] = datasets,
        };
        if (networks.Max(n => Later(n.PracticesModified, n.ProjectsModified)) is { } modified) catalog["dct:modified"] = Date(modified);
        return catalog;
    }

    private JsonObject Dataset(string key, NetworkEntry? network, JsonArray title, JsonArray description, OpenLicence? licence,
        DateTime? modified, string page, string set)
    {
        var query = network is null ? "" : $"?network={Uri.EscapeDataString(network.Slug)}";
        var distributions = new JsonArray
        {
            Distribution($"{key}-csv", $"/api/v1/export/{set}.csv{query}", "CSV", "text/csv", licence),
            Distribution($"{key}-xlsx", $"/api/v1/export/{set}.xlsx{query}", "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", licence),
            Distribution($"{key}-jsonl", $"/api/v1/export/{set}.jsonl{query}", "JSON", "application/jsonl", licence),
        };
        var dataset = new JsonObject
        {
            ["@id"] = options.Absolute($"/api/v1/catalog#{key}"),
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = options.Absolute($"/api/v1/catalog#{key}"),
            ["dct:title"] = title,
            ["dct:description"] = description,
            ["dct:publisher"] = network is null ? Agent("Juurru", options.Absolute("/")) : Agent(network.Name, network.Website ?? options.Absolute($"/fi/networks/{network.Slug}")),
            ["dcat:contactPoint"] = new JsonObject
            {
                ["@type"] = "vcard:Organization",
                ["vcard:fn"] = network?.Name ?? "Juurru",
                ["vcard:hasURL"] = Ref(options.Absolute($"/fi{page}")),
            },
            ["dcat:landingPage"] = Ref(options.Absolute($"/fi{page}")),
            ["dcat:theme"] = Ref(EuVocabularies + "data-theme/EDUC"),
            ["dcat:keyword"] = new JsonArray(Lang("ohjaus", "fi"), Lang("koulutus", "fi"), Lang("hyvät käytännöt", "fi"), Lang("education", "en"), Lang("guidance", "en")),
            ["dct:spatial"] = Ref(EuVocabularies + "country/FIN"),
            ["dct:language"] = Ref(EuVocabularies + "language/FIN"),
            ["dct:accrualPeriodicity"] = Ref(EuVocabularies + "frequency/CONT"),
            ["dcat:distribution"] = distributions,
        };
        if (modified is { } m) dataset["dct:modified"] = Date(m);
        return dataset;
    }

    private JsonObject Distribution(string key, string path, string format, string mediaType, OpenLicence? licence)
    {
        var distribution = new JsonObject
        {
            ["@id"] = options.Absolute($"/api/v1/catalog#{key}"),
            ["@type"] = "dcat:Distribution",
            ["dct:title"] = format,
            ["dcat:accessURL"] = Ref(options.Absolute(path)),
            ["dcat:downloadURL"] = Ref(options.Absolute(path)),
            ["dct:format"] = Ref(EuVocabularies + "file-type/" + format),
            ["dcat:mediaType"] = Ref("https://www.iana.org/assignments/media-types/" + mediaType),
        };
        if (licence is not null) distribution["dct:license"] = Ref(licence.Url);
        // Networks with different licences: each row of the whole bank says its own (docs/OPEN-DATA.md).
        else distribution["dct:rights"] = Lang("Each row carries the licence of its network (column licence).", "en");
        return distribution;
    }

    /// <summary>A text in each of the interface's languages.</summary>
    private JsonArray Text(Func<IStringLocalizer, string> text) =>
        new(Cultures.Supported.Select(c => (JsonNode)Lang(Cultures.Using(c, () => text(L)), c)).ToArray());

    /// <summary>A network's description as it is (it is written in one language), or its name when it has none.</summary>
    private static JsonArray Description(string text) => new(Lang(string.IsNullOrWhiteSpace(text) ? "—" : text, "fi"));

    private static JsonObject Lang(string value, string language) => new() { ["@value"] = value, ["@language"] = language };
    private static JsonObject Ref(string iri) => new() { ["@id"] = iri };
    private static JsonObject Agent(string name, string homepage) => new() { ["@type"] = "foaf:Agent", ["foaf:name"] = name, ["foaf:homepage"] = Ref(homepage) };
    private static JsonObject Date(DateTime utc) => new() { ["@value"] = utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), ["@type"] = "xsd:dateTime" };
    private static DateTime? Later(DateTime? a, DateTime? b) => a > b || b is null ? a : b;
}
