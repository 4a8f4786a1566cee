using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Juurru.Features.Organisations;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Discovery;

/// <summary>
/// schema.org descriptions of the public pages as JSON-LD in their head, so that search engines know a practice from a
/// project or an organisation, and what each is part of. Only what the page shows anyway; never contact persons.
/// </summary>
public sealed class SchemaOrg(IOptions<JuurruOptions> options)
{
    // The default encoder writes <, > and & as \u escapes: a text can never close the script element.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Default };

    private string Page(string path) => options.Value.Absolute($"/{Cultures.Current}/{path}");

    /// <summary>The page's one address for search engines, e.g. a practice's page with its words (path without the language).</summary>
    public HtmlString Canonical(string path) =>
        new($"<link rel=\"canonical\" href=\"{HtmlEncoder.Default.Encode(Page(path))}\">");

    /// <summary>A published practice as a creative work of its network, part of its projects, under the network's licence.</summary>
    public HtmlString Practice(PracticeView p)
    {
        if (p.Status != PracticeStatus.Published) return HtmlString.Empty;
        var work = Thing("CreativeWork", p.Title, Page(Slugs.PracticePath(p.Id, p.Title)));
        work["description"] = p.Summary;
        work["inLanguage"] = p.Language;
        work["license"] = p.Licence;
        work["publisher"] = Thing("Organization", p.Network.Name, Page($"networks/{p.Network.Slug}"));
        if (p.PublishedAt is { } published) work["datePublished"] = published.ToString("yyyy-MM-dd");
        work["dateModified"] = p.UpdatedAt.ToString("yyyy-MM-dd");
        if (p.Keywords.Count > 0) work["keywords"] = string.Join(", ", p.Keywords.Select(k => k.Name));
        work["about"] = List(p.Themes.Select(t => new JsonObject { ["@type"] = "Thing", ["name"] = Networks.Theme.LabelOf(t.Code, t.Name) }));
        work["audience"] = List(p.TargetGroups.Select(t => new JsonObject { ["@type"] = "Audience", ["audienceType"] = t.Name }));
        work["spatialCoverage"] = List(p.Regions.Select(r => new JsonObject { ["@type"] = "AdministrativeArea", ["name"] = r.Name }));
        work["contributor"] = List(p.Organisations.Select(o => Thing("Organization", o.Name, Page($"organisations/{o.Id}"))));
        work["isPartOf"] = List(p.Projects.Select(x => Thing("Project", x.Name, Page(Slugs.ProjectPath(x.Id, x.Name)))));
        return Script(work);
    }

    /// <summary>A project with its funder, its lead and partner organisations and the network that coordinates it.</summary>
    public HtmlString Project(ProjectView p)
    {
        var project = Thing("Project", p.Name, Page(Slugs.ProjectPath(p.Id, p.Name)));
        if (p.Acronym is { } acronym) project["alternateName"] = acronym;
        if (!string.IsNullOrWhiteSpace(p.Description)) project["description"] = p.Description;
        if (p.Funder is { } funder) project["funder"] = new JsonObject { ["@type"] = "Organization", ["name"] = funder };
        project["parentOrganization"] = Thing("Organization", p.Network.Name, Page($"networks/{p.Network.Slug}"));
        project["member"] = List((p.LeadOrganisation is { } lead ? [lead] : Array.Empty<NamedRef>())
            .Concat(p.Partners.Select(x => new NamedRef(x.Id, x.Name)))
            .Select(o => Thing("Organization", o.Name, Page($"organisations/{o.Id}"))));
        project["areaServed"] = List(p.Regions.Select(r => new JsonObject { ["@type"] = "AdministrativeArea", ["name"] = r.Name }));
        return Script(project);
    }

    /// <summary>An organisation; education providers as educational organisations, with their Business ID.</summary>
    public HtmlString Organisation(Organisation o, string? region)
    {
        var educational = o.Type is OrganisationType.VocationalProvider or OrganisationType.UniversityOfAppliedSciences or OrganisationType.University;
        var organisation = Thing(educational ? "EducationalOrganization" : "Organization", o.Name, Page($"organisations/{o.Id}"));
        if (o.OtherNameList.Count > 0) organisation["alternateName"] = List(o.OtherNameList.Select(n => (JsonNode)JsonValue.Create(n)));
        if (o.Website is { } website) organisation["sameAs"] = website;
        if (o.BusinessId is { } id) organisation["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "Y-tunnus", ["value"] = id };
        if (region is not null) organisation["areaServed"] = new JsonObject { ["@type"] = "AdministrativeArea", ["name"] = region };
        return Script(organisation);
    }

    /// <summary>
    /// A published event: its place as a Place with an address, an online event as a VirtualLocation (the page, never the
    /// meeting link, which is for the registered), both for a hybrid one; times with their offset, the organiser network.
    /// </summary>
    public HtmlString Event(Events.EventView e)
    {
        if (!e.IsPublished) return HtmlString.Empty;
        var page = Page(Slugs.EventPath(e.Id, e.Title));
        var item = Thing("Event", e.Title, page);
        item["startDate"] = Offset(e.StartsAt);
        item["endDate"] = Offset(e.EndsAt);
        item["eventStatus"] = "https://schema.org/EventScheduled";
        item["eventAttendanceMode"] = "https://schema.org/" + (e.Place.Length > 0 ? e.Online ? "MixedEventAttendanceMode" : "OfflineEventAttendanceMode" : "OnlineEventAttendanceMode");
        var places = new List<JsonNode>();
        if (e.Place.Length > 0)
            places.Add(new JsonObject { ["@type"] = "Place", ["name"] = e.Room.Length > 0 ? e.Room : e.Place, ["address"] = e.Place });
        if (e.Online) places.Add(new JsonObject { ["@type"] = "VirtualLocation", ["url"] = page });
        item["location"] = places.Count == 1 ? places[0] : List(places);
        if (e.Description.Length > 0) item["description"] = e.Description;
        item["inLanguage"] = e.Language;
        item["organizer"] = Thing("Organization", e.Organisers.Length > 0 ? e.Organisers : e.Network.Name, Page($"networks/{e.Network.Slug}"));
        return Script(item);
    }

    // "2026-10-08T14:00:00+03:00": Helsinki time with its offset, as search engines want it.
    private static string Offset(DateTime utc) =>
        new DateTimeOffset(Dates.ToHelsinki(utc), Dates.Helsinki.GetUtcOffset(utc)).ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);

    private static JsonObject Thing(string type, string name, string url) => new() { ["@type"] = type, ["name"] = name, ["url"] = url };

    private static JsonArray List(IEnumerable<JsonNode> items) => new(items.ToArray());

    private static HtmlString Script(JsonObject data)
    {
        var root = new JsonObject { ["@context"] = "https://schema.org" };
        foreach (var (key, value) in data.ToList())
        {
            data.Remove(key);
            if (value is JsonArray { Count: 0 }) continue;
            root[key] = value;
        }
        return new HtmlString($"<script type=\"application/ld+json\">{root.ToJsonString(Json)}</script>");
    }
}
