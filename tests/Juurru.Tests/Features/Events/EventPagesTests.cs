using System.Net;
using System.Net.Http.Json;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using Ical.Net;
using Juurru.Features.Events;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Events;

/// <summary>A coordinator puts an event with its programme in the calendar; everyone reads it, adds it to a calendar, or subscribes.</summary>
public sealed class EventPagesTests
{
    private static DateTime InDays(int days) => DateTime.UtcNow.Date.AddDays(days).AddHours(11);

    [Theory, Databases]
    public async Task A_coordinator_creates_an_event_with_a_programme_publishes_it_and_visitors_find_it_in_the_calendar(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync("Polkuverkosto");
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

        var created = await coordinator.SubmitAsync($"/fi/events/edit?network={network.Id}", "form.form", new()
        {
            ["Form.Title"] = "Jatkuva oppiminen kuuluu kaikille", ["Form.Kind"] = "ThemeEvent", ["Form.Day"] = day.ToString("yyyy-MM-dd"),
            ["Form.Starts"] = "14:00", ["Form.Ends"] = "16:00", ["Form.Place"] = "Opistotie 1, Järvikylä", ["Form.OnlineUrl"] = "https://meet.example.org/salainen",
            ["Form.Programme[0].Starts"] = "14:40", ["Form.Programme[0].Ends"] = "15:25", ["Form.Programme[0].Kind"] = "Panel",
            ["Form.Programme[0].Title"] = "Paneelikeskustelu", ["Form.Programme[0].Facilitator"] = "Anu Ojala, Jyväskylän yliopisto",
            ["Form.Programme[0].Speakers"] = "Saara Opinto, opinto-ohjaaja, Järvikylän yhtenäiskoulu\nLeo Lukio, opiskelija, Rannikkoseudun ammattiopisto",
            ["Form.Programme[1].Starts"] = "14:00", ["Form.Programme[1].Ends"] = "14:25", ["Form.Programme[1].Title"] = "Alustus",
            ["Form.Programme[1].Speakers"] = "Annukka Norontaus, Opetushallitus",
            ["Form.Programme[2].Starts"] = "14:35", ["Form.Programme[2].Ends"] = "14:40", ["Form.Programme[2].Kind"] = "Break", ["Form.Programme[2].Title"] = "Mikrotauko",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var address = created.Headers.Location!.OriginalString;
        Assert.Matches(@"^/fi/events/\d+/jatkuva-oppiminen-kuuluu-kaikille$", address);
        using var visitor = app.NewBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(address)).StatusCode); // a draft until published

        var page = await coordinator.PageAsync(address);
        Assert.Contains("Luonnos", page.QuerySelector(".page-header")!.TextContent);
        var publishing = await coordinator.SubmitAsync(page, "form.event-actions[action*=Publish]", []);
        Assert.True(publishing.StatusCode == HttpStatusCode.Redirect, $"{publishing.StatusCode} {await publishing.Content.ReadAsStringAsync()}");
        Assert.Contains("Tapahtuma on nyt kalenterissa.", (await coordinator.PageAsync(publishing.Headers.Location!.OriginalString)).QuerySelector("[role=status]")!.TextContent);

        var published = await visitor.PageAsync(address);
        Assert.Equal(["14.00–14.25", "14.35–14.40", "14.40–15.25"], published.QuerySelectorAll(".programme-time").Select(p => p.TextContent));
        var panel = published.QuerySelectorAll(".programme-item")[2];
        Assert.Contains("Fasilitaattori: Anu Ojala, Jyväskylän yliopisto", panel.TextContent);
        Assert.Equal(["Saara Opinto, opinto-ohjaaja, Järvikylän yhtenäiskoulu", "Leo Lukio, opiskelija, Rannikkoseudun ammattiopisto"],
            panel.QuerySelectorAll("li").Select(l => l.TextContent));
        Assert.DoesNotContain("salainen", published.Body!.InnerHtml);
        Assert.Contains($"{day.Day}.{day.Month}.{day.Year} klo 14.00–16.00", published.QuerySelector(".lead")!.TextContent);
        var calendar = await visitor.PageAsync($"/fi/events?network={network.Slug}");
        Assert.Equal(["Jatkuva oppiminen kuuluu kaikille"], calendar.QuerySelectorAll(".event-list .card-title").Select(t => t.TextContent.Trim()));
    }

    [Theory, Databases]
    public async Task An_event_ending_before_it_starts_or_a_programme_item_without_a_title_is_refused_and_nothing_is_saved(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));

        var refused = await coordinator.SubmitAsync($"/fi/events/edit?network={network.Id}", "form.form", new()
        {
            ["Form.Title"] = "Väärin päin", ["Form.Day"] = "2026-12-20", ["Form.Starts"] = "16:00", ["Form.Ends"] = "14:00",
            ["Form.OnlineUrl"] = "javascript:alert(1)", ["Form.Programme[0].Details"] = "Ilman otsikkoa",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await Browser.ParseAsync(refused);
        var summary = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Tapahtuman täytyy päättyä alkamisensa jälkeen.", summary);
        Assert.Contains("Anna ohjelmakohdalle otsikko.", summary);
        Assert.Contains("https://", summary);
        Assert.Equal("Väärin päin", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Form_Title")!.Value);
        Assert.Equal(0, await app.WithDbAsync(d => d.Events.CountAsync()));
    }

    public static TheoryData<Db, Role, HttpStatusCode> Creating => RoleWorld.Matrix(
        (Role.Visitor, HttpStatusCode.Redirect), (Role.Outsider, HttpStatusCode.Forbidden), (Role.Member, HttpStatusCode.Forbidden),
        (Role.OtherMember, HttpStatusCode.Forbidden), (Role.Coordinator, HttpStatusCode.Redirect),
        (Role.OtherCoordinator, HttpStatusCode.Forbidden), (Role.Administrator, HttpStatusCode.Redirect));

    /// <summary>Adding an event to a network: its coordinators and administrators; visitors are sent to sign in, the others refused.</summary>
    [Theory, MemberData(nameof(Creating))]
    public async Task Adding_an_event(Db db, Role role, HttpStatusCode expected)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        using var browser = await w.AsAsync(role);

        var response = await browser.PostAsync($"/fi/events/edit?network={w.Network.Id}", new()
        {
            ["Form.Title"] = "Infotilaisuus", ["Form.Day"] = "2027-01-15", ["Form.Starts"] = "09:00", ["Form.Ends"] = "10:00", ["Form.Place"] = "Verkossa",
        });

        Assert.Equal(expected, response.StatusCode);
        var added = await w.App.WithDbAsync(d => d.Events.CountAsync());
        Assert.Equal(expected == HttpStatusCode.Redirect && role != Role.Visitor ? 1 : 0, added);
        if (role == Role.Visitor) Assert.StartsWith("/fi/account/login", response.Headers.Location!.OriginalString);
    }

    public static TheoryData<Db, Role, HttpStatusCode> Publishing => RoleWorld.Matrix(
        (Role.Visitor, HttpStatusCode.NotFound), (Role.Outsider, HttpStatusCode.NotFound), (Role.Member, HttpStatusCode.NotFound),
        (Role.OtherCoordinator, HttpStatusCode.NotFound), (Role.Coordinator, HttpStatusCode.Redirect), (Role.Administrator, HttpStatusCode.Redirect));

    /// <summary>A draft is published by the network's coordinators; to everyone else it does not exist.</summary>
    [Theory, MemberData(nameof(Publishing))]
    public async Task Publishing_a_draft(Db db, Role role, HttpStatusCode expected)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var draft = await w.App.EventAsync(w.Network, "Luonnos", InDays(10), published: false);
        using var browser = await w.AsAsync(role);

        var response = await browser.PostAsync($"/fi/events/{draft.Id}/luonnos?handler=Publish");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Redirect, await w.App.WithDbAsync(d => d.Events.Where(e => e.Id == draft.Id).Select(e => e.IsPublished).SingleAsync()));
    }

    [Theory, Databases]
    public async Task The_calendar_shows_upcoming_events_soonest_first_and_the_archive_the_past_ones(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync("Polkuverkosto");
        var other = await app.NetworkAsync("Toinen verkosto");
        await app.EventAsync(network, "Myöhemmin", InDays(20));
        await app.EventAsync(network, "Pian", InDays(2));
        await app.EventAsync(network, "Mennyt", InDays(-5));
        await app.EventAsync(network, "Luonnos", InDays(3), published: false);
        await app.EventAsync(other, "Toisen verkoston", InDays(4));
        using var visitor = app.NewBrowser();

        string[] Titles(IDocument page) => page.QuerySelectorAll(".event-list .card-title").Select(t => t.TextContent.Trim()).ToArray();

        Assert.Equal(["Pian", "Toisen verkoston", "Myöhemmin"], Titles(await visitor.PageAsync("/fi/events")));
        Assert.Equal(["Pian", "Myöhemmin"], Titles(await visitor.PageAsync($"/fi/events?network={network.Slug}")));
        Assert.Equal(["Mennyt"], Titles(await visitor.PageAsync($"/fi/events?network={network.Slug}&past=true")));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/fi/events?network=ei-ole")).StatusCode);
    }

    [Theory, Databases]
    public async Task An_event_s_ics_and_the_network_s_feed_are_valid_icalendar_with_stable_ids_and_utc_times(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync("Polkuverkosto");
        var start = InDays(7);
        var e = await app.EventAsync(network, "Teematapahtuma; osa 2, syksy", start);
        await app.EventAsync(network, "Luonnos", InDays(8), published: false);
        using var visitor = app.NewBrowser();

        using var file = await visitor.GetAsync($"/fi/events/{e.Id}/teematapahtuma-osa-2-syksy?handler=Ics");
        var text = await file.Content.ReadAsStringAsync();
        using var feed = await visitor.GetAsync($"/fi/events?network={network.Slug}&handler=Ics");
        var feedText = await feed.Content.ReadAsStringAsync();

        Assert.Equal("text/calendar", file.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\r\nBEGIN:VEVENT\r\n", text);
        Assert.Contains("PRODID:-//Juurru//Events//FI", text);
        Assert.Contains($"DTSTART:{start:yyyyMMdd'T'HHmmss}Z", text);
        Assert.Contains(@"SUMMARY:Teematapahtuma\; osa 2\, syksy", text);
        var parsed = Assert.Single(Calendar.Load(text)!.Events);
        Assert.Equal($"event-{e.Id}@localhost", parsed.Uid);
        Assert.Equal("Opistotie 1, Järvikylä", parsed.Location);
        Assert.DoesNotContain("salainen", text);
        var subscribed = Calendar.Load(feedText)!;
        Assert.Equal([$"event-{e.Id}@localhost"], subscribed.Events.Select(x => x.Uid));
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H", feedText);
        Assert.All(feedText.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Theory, Databases]
    public async Task The_api_lists_published_events_with_their_programme_and_shows_the_online_link_to_organisers_only(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync("Polkuverkosto");
        var e = await app.EventAsync(network, "Webinaari", InDays(5));
        await app.EventAsync(network, "Luonnos", InDays(6), published: false);
        using var visitor = app.NewBrowser();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));

        var list = await visitor.Client.GetFromJsonAsync<JsonElement>($"/api/v1/events?network={network.Slug}");
        var one = await visitor.Client.GetFromJsonAsync<JsonElement>($"/api/v1/events/{e.Id}");
        var managed = await coordinator.Client.GetFromJsonAsync<JsonElement>($"/api/v1/events/{e.Id}");

        Assert.Equal(1, list.GetProperty("count").GetInt32());
        Assert.Equal($"http://localhost/fi/events/{e.Id}/webinaari", list.GetProperty("items")[0].GetProperty("url").GetString());
        Assert.Equal(["Alustus", "Tauko"], one.GetProperty("programme").EnumerateArray().Select(p => p.GetProperty("title").GetString()));
        Assert.Equal("14:00:00", one.GetProperty("programme")[0].GetProperty("startsAt").GetString());
        Assert.Equal("Aino Esimerkki", one.GetProperty("programme")[0].GetProperty("speakers")[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, one.GetProperty("onlineUrl").ValueKind);
        Assert.Equal("https://meet.example.org/salainen", managed.GetProperty("onlineUrl").GetString());
        var draft = await app.WithDbAsync(d => d.Events.Where(x => !x.IsPublished).Select(x => x.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/v1/events/{draft}")).StatusCode);
    }

    [Theory, Databases]
    public async Task The_calendar_names_an_atom_feed_of_its_upcoming_events_that_keeps_to_rfc_4287(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync("Polkuverkosto");
        var soon = await app.EventAsync(network, "Pian", InDays(2));
        await app.EventAsync(network, "Myöhemmin", InDays(9));
        await app.EventAsync(network, "Mennyt", InDays(-9));
        await app.EventAsync(network, "Luonnos", InDays(3), published: false);
        using var visitor = app.NewBrowser();

        var page = await visitor.PageAsync($"/sv/events?network={network.Slug}&past=true");
        var href = page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href")!;
        using var response = await visitor.GetAsync(href);
        var xml = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(Practices.PracticeFeedTests.RfcProblems(XDocument.Parse(xml)));
        var feed = SyndicationFeed.Load(XmlReader.Create(new StringReader(xml)));
        Assert.Equal(["Pian", "Myöhemmin"], feed.Items.Select(i => i.Title.Text));
        var first = feed.Items.First();
        Assert.Equal($"http://localhost/sv/events/{soon.Id}", first.Id);
        Assert.Equal($"http://localhost/sv/events/{soon.Id}/pian", first.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString());
        var local = Juurru.Features.Shared.Dates.ToHelsinki(soon.StartsAt); // 13.00 in winter, 14.00 in summer
        Assert.StartsWith($"{local:d.M.yyyy} kl. {local:H.mm}–", ((TextSyndicationContent)first.Summary).Text);
    }

    [Theory, Databases]
    public async Task A_published_event_describes_itself_to_search_engines_as_a_schema_org_event_without_its_meeting_link(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync("Polkuverkosto");
        var e = await app.EventAsync(network, "Teematapahtuma", new DateTime(2031, 10, 8, 11, 0, 0, DateTimeKind.Utc));
        using var visitor = app.NewBrowser();

        var page = await visitor.PageAsync($"/fi/events/{e.Id}");

        var data = JsonDocument.Parse(page.QuerySelector("head script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Event", data.GetProperty("@type").GetString());
        Assert.Equal("2031-10-08T14:00:00+03:00", data.GetProperty("startDate").GetString());
        Assert.Equal("https://schema.org/MixedEventAttendanceMode", data.GetProperty("eventAttendanceMode").GetString());
        var locations = data.GetProperty("location").EnumerateArray().ToList();
        Assert.Equal("Opistotie 1, Järvikylä", locations[0].GetProperty("address").GetString());
        Assert.Equal($"http://localhost/fi/events/{e.Id}/teematapahtuma", locations[1].GetProperty("url").GetString());
        Assert.DoesNotContain("salainen", page.Head!.InnerHtml);
        Assert.Equal($"http://localhost/fi/events/{e.Id}/teematapahtuma", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }
}
