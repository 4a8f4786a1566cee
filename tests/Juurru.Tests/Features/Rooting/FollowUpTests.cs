using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Juurru.Features.Practices;
using Juurru.Features.Rooting;
using Juurru.Features.Rooting.Adoptions;
using Juurru.Features.Rooting.FollowUps;
using Juurru.Features.Shared;
using Juurru.Features.Surveys.Distribution;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Juurru.Tests.Features.Rooting;

/// <summary>
/// The rooting follow-up with a fake clock: a project ends, its follow-ups are scheduled, the due one goes out once as a
/// survey with personal links, it is answered, and the practice pages, badges, facets, API and adoptions show the result.
/// </summary>
public sealed partial class FollowUpTests
{
    /// <summary>A project ending 30.6.2025 with a contact, two published practices, and an organisation that adopted the first.</summary>
    private sealed record World(JuurruApp App, FakeTimeProvider Clock, Juurru.Features.Networks.Network Network, int ProjectId, Practice Service,
        Practice Taster, Juurru.Features.Organisations.Organisation Adopter, int LeadId)
    {
        public Task<int> CheckAsync() => App.WithServiceAsync<RootingChecks, int>(c => c.RunAsync(default));

        public static async Task<World> CreateAsync(JuurruApp app, FakeTimeProvider clock)
        {
            var network = await app.NetworkAsync();
            var project = await app.ProjectAsync(network, "Polku ammattiin");
            var leadId = await app.WithDbAsync(async db =>
            {
                var p = await db.Projects.SingleAsync(x => x.Id == project.Id);
                p.StartDate = new DateOnly(2023, 1, 1);
                p.EndDate = new DateOnly(2025, 6, 30);
                p.Contacts = [new ContactPerson { Name = "Aino Esimerkki", Email = "aino@example.org" }, new ContactPerson { Name = "Ilman osoitetta" }];
                await db.SaveChangesAsync();
                return p.LeadOrganisationId!.Value;
            });
            var service = await app.PracticeAsync(project, title: "Hakijan palvelupiste");
            var taster = await app.PracticeAsync(project, title: "Tutustumisjakso");
            var adopter = await app.OrganisationAsync("Kustlinjen", "MK15");
            await app.AdoptionAsync(service, adopter, email: "team@kustlinjen.example", language: "sv");
            return new World(app, clock, network, project.Id, service, taster, adopter, leadId);
        }
    }

    private static FakeTimeProvider Clock(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero));

    [GeneratedRegex(@"http://localhost(/\w\w/s/[0-9a-f]+\?i=[0-9a-f]+)")]
    private static partial Regex PersonalLinkPattern();

    private static string PersonalLink(MimeKit.MimeMessage message) =>
        PersonalLinkPattern().Match(message.TextBody!.Replace("=\r\n", "").Replace("=\n", "").Replace("=3D", "=")).Groups[1].Value;

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    [Theory, Databases]
    public async Task A_project_end_leads_to_a_follow_up_that_is_answered_and_shows_everywhere(Db db)
    {
        var clock = Clock(2025, 6, 1);
        await using var app = await JuurruApp.StartAsync(db, clock: clock);
        var w = await World.CreateAsync(app, clock);

        // Before the end nothing is scheduled; after it, the network's two follow-ups wait for their dates.
        await w.CheckAsync();
        Assert.Equal(0, await app.WithDbAsync(ctx => ctx.FollowUps.CountAsync()));
        clock.SetUtcNow(new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await w.CheckAsync());
        var scheduled = await app.WithDbAsync(ctx => ctx.FollowUps.OrderBy(f => f.Months).Select(f => new { f.Months, f.DueOn, f.State }).ToListAsync());
        Assert.Equal([(12, new DateOnly(2026, 6, 30)), (24, new DateOnly(2027, 6, 30))], scheduled.Select(f => (f.Months, f.DueOn)));
        Assert.All(scheduled, f => Assert.Equal(FollowUpState.Scheduled, f.State));

        // On the due date the 12-month follow-up goes out: one survey, a personal link each to the contact and the adopter.
        clock.SetUtcNow(new DateTimeOffset(2026, 6, 30, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, await w.CheckAsync());
        Assert.Equal(0, await w.CheckAsync());
        var survey = await app.WithDbAsync(ctx => ctx.Surveys.SingleAsync());
        Assert.Equal("Juurtumisseuranta 12 kk: Polku ammattiin", survey.Title);
        var toAino = Mails.To(app, "aino@example.org").Single();
        var toTeam = Mails.To(app, "team@kustlinjen.example").Single();
        Assert.StartsWith("Kysely:", toAino.Subject);
        Assert.Contains("Du svarar för", toTeam.TextBody);
        Assert.StartsWith("/sv/s/", PersonalLink(toTeam));

        // The contact: the service still in use (with its places, keeper, link and a PDF), the taster stopped.
        using var aino = app.NewBrowser();
        var status = await BeginAsync(aino, PersonalLink(toAino));
        var next = await aino.SubmitAsync(status, "form.survey-form", new()
        {
            [$"a.p{w.Service.Id}"] = "yes", [$"a.p{w.Taster.Id}"] = "no",
        }, submitter: "button[formaction*=Next]");
        var details = await aino.PageAsync(next.Headers.Location!.OriginalString);
        Assert.Equal("multipart/form-data", details.QuerySelector("form.survey-form")!.GetAttribute("enctype"));
        var stop = await aino.SubmitWithFilesAsync(details, "form.survey-form", new()
        {
            [$"a.p{w.Service.Id}who"] = "Opinto-ohjaajat", [$"a.p{w.Service.Id}link"] = "https://example.org/ops",
        }, [($"a.p{w.Service.Id}file", "ops-ote.pdf", Pdf)], multi: new() { [$"a.p{w.Service.Id}where"] = ["curriculum", "daily"] },
            submitter: "button[formaction*=Next]");
        Assert.Equal(HttpStatusCode.Redirect, stop.StatusCode);
        var why = await aino.PageAsync(stop.Headers.Location!.OriginalString);
        var done = await aino.SubmitAsync(why, "form.survey-form", new() { [$"a.p{w.Taster.Id}why"] = "Opettajat eivät ehtineet." }, submitter: "button[formaction*=Send]");
        Assert.EndsWith("/done", done.Headers.Location!.OriginalString);

        // The adopter, in Swedish: partly in use, and never used the other.
        using var team = app.NewBrowser();
        var teamStatus = await BeginAsync(team, PersonalLink(toTeam));
        var teamNext = await team.SubmitAsync(teamStatus, "form.survey-form", new()
        {
            [$"a.p{w.Service.Id}"] = "partly", [$"a.p{w.Taster.Id}"] = "never",
        }, submitter: "button[formaction*=Next]");
        var teamDetails = await team.PageAsync(teamNext.Headers.Location!.OriginalString);
        var teamDone = await team.SubmitAsync(teamDetails, "form.survey-form", new() { [$"a.p{w.Service.Id}left"] = "Kvällsjouren slopades." },
            submitter: "button[formaction*=Send]");
        Assert.EndsWith("/done", teamDone.Headers.Location!.OriginalString);

        // The adoptions: the lead organisation now uses the service (a new adoption) and stopped the taster; the adopter confirmed.
        var adoptions = await app.WithDbAsync(ctx => ctx.Adoptions.Include(a => a.Events).ToListAsync());
        var leadService = adoptions.Single(a => a.OrganisationId == w.LeadId && a.PracticeId == w.Service.Id);
        Assert.Equal((AdoptionStatus.InUse, AdoptionSource.FollowUp), (leadService.Status, leadService.ConfirmedBy));
        var leadTaster = adoptions.Single(a => a.OrganisationId == w.LeadId && a.PracticeId == w.Taster.Id);
        Assert.Equal((AdoptionStatus.Stopped, "Opettajat eivät ehtineet."), (leadTaster.Status, leadTaster.StopReason));
        var adopted = adoptions.Single(a => a.OrganisationId == w.Adopter.Id);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, adopted.ConfirmedAt);
        Assert.Equal("Kvällsjouren slopades.", adopted.Events.OrderBy(e => e.Id).Last().Note);
        Assert.DoesNotContain(adoptions, a => a.OrganisationId == w.Adopter.Id && a.PracticeId == w.Taster.Id);

        // The practice pages and list cards say so, the facets count it, the API gives it.
        using var visitor = app.NewBrowser();
        var servicePage = await visitor.PageAsync($"/fi/practices/{w.Service.Id}");
        Assert.Equal("Käytössä 2 organisaatiossa · vahvistettu 6/2026", servicePage.QuerySelector(".page-header .badge-rooted")!.TextContent);
        Assert.StartsWith("Ei enää käytössä · vahvistettu 6/2026", (await visitor.PageAsync($"/fi/practices/{w.Taster.Id}")).QuerySelector(".page-header .badge-stopped")!.TextContent);
        var list = await visitor.PageAsync($"/fi/practices?network={w.Network.Slug}&rooting=Stopped");
        Assert.Equal(["Tutustumisjakso"], list.QuerySelectorAll(".card-title").Select(t => t.TextContent.Trim()));
        var facets = JsonDocument.Parse(await visitor.Client.GetStringAsync($"/api/v1/search?network={w.Network.Slug}")).RootElement.GetProperty("facets").GetProperty("rooting");
        Assert.Equal(["InUse:1", "Stopped:1"], facets.EnumerateArray().Select(v => $"{v.GetProperty("value").GetString()}:{v.GetProperty("count").GetInt32()}").Order());
        var dashboard = await visitor.PageAsync($"/fi/networks/{w.Network.Slug}/rooting");
        Assert.Contains("käytössä 12 kk jälkeen (1/2)", dashboard.QuerySelector(".figures")!.TextContent);
        var api = JsonDocument.Parse(await visitor.Client.GetStringAsync($"/api/v1/practices/{w.Service.Id}")).RootElement.GetProperty("rooting");
        Assert.Equal(("InUse", 2), (api.GetProperty("status").GetString(), api.GetProperty("organisationsInUse").GetInt32()));
        Assert.Equal(new DateTime(2026, 6, 30, 9, 0, 0, DateTimeKind.Utc), api.GetProperty("confirmedAt").GetDateTime().ToUniversalTime());

        // The coordinator reads the answers with the evidence, and the file comes back as it was sent.
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(w.Network));
        var followUpId = await app.WithDbAsync(ctx => ctx.FollowUps.Where(f => f.Months == 12).Select(f => f.Id).SingleAsync());
        var answers = await coordinator.PageAsync($"/fi/follow-ups/{followUpId}");
        var text = answers.QuerySelector("main")!.TextContent;
        Assert.Contains("Opetussuunnitelmaan, Arkiseen työhön", text);
        Assert.Contains("Opinto-ohjaajat", text);
        Assert.Contains("Osittain käytössä", text);
        Assert.Contains("Ei ole ollut käytössä", text);
        var file = await coordinator.GetAsync(answers.QuerySelector("a[href*='handler=File']")!.GetAttribute("href")!);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await file.Content.ReadAsByteArrayAsync());
        // The survey's own report names the file to those who manage it; published, it only counts it.
        var report = await coordinator.PageAsync($"/fi/surveys/{survey.Id}/report");
        var fileLink = report.QuerySelector("a[href*='handler=File']")!;
        Assert.Equal("ops-ote.pdf", fileLink.TextContent);
        Assert.Equal(Pdf, await (await coordinator.GetAsync(fileLink.GetAttribute("href")!)).Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync(fileLink.GetAttribute("href")!)).StatusCode);
        await coordinator.SubmitAsync(report, "form[action*='handler=Publish']", []);
        var key = await app.WithDbAsync(ctx => ctx.Surveys.Select(s => s.ReportKey).SingleAsync());
        var published = (await visitor.PageAsync($"/fi/surveys/report/{key}")).QuerySelector("main")!.TextContent;
        Assert.Contains("1 tiedosto liitetty.", published);
        Assert.DoesNotContain("ops-ote.pdf", published);
        var overview = await coordinator.PageAsync($"/fi/networks/{w.Network.Slug}/follow-ups");
        Assert.Contains("2/2 vastannut", overview.QuerySelector("table")!.TextContent);
    }

    private static async Task<AngleSharp.Dom.IDocument> BeginAsync(Browser invitee, string link)
    {
        var start = await invitee.PageAsync(link);
        var begun = await invitee.SubmitAsync(start, "form[action*=Begin]", []);
        Assert.Equal(HttpStatusCode.Redirect, begun.StatusCode);
        return await invitee.PageAsync(begun.Headers.Location!.OriginalString);
    }

    [Theory, Databases]
    public async Task Two_instances_on_one_database_send_each_follow_up_once(Db db)
    {
        var clock = Clock(2025, 7, 1);
        await using var database = await TestDatabase.CreateAsync(db);
        await using var first = JuurruApp.StartOn(database, clock: clock);
        await using var second = JuurruApp.StartOn(database, clock: clock);
        await World.CreateAsync(first, clock);
        clock.SetUtcNow(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero));

        var sent = await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { first, second })
            .Select(app => Task.Run(() => app.WithServiceAsync<RootingChecks, int>(c => c.RunAsync(default)))));

        Assert.Equal(2, sent.Sum());
        Assert.Equal(1, await first.WithDbAsync(ctx => ctx.Surveys.CountAsync()));
        Assert.Equal(2, await first.WithDbAsync(ctx => ctx.SurveyInvitations.CountAsync()));
        Assert.Equal(2, await first.WithDbAsync(ctx => ctx.FollowUps.CountAsync()));
        Assert.Equal(2, Mails.All(first).Count + Mails.All(second).Count);
    }

    [Theory, Databases]
    public async Task A_follow_up_due_long_ago_waits_for_a_coordinator(Db db)
    {
        // The project ended years before anyone entered it: its follow-ups are long past due.
        var clock = Clock(2028, 3, 1);
        await using var app = await JuurruApp.StartAsync(db, clock: clock);
        var w = await World.CreateAsync(app, clock);

        Assert.Equal(0, await w.CheckAsync());
        Assert.Empty(Mails.All(app));
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(w.Network));
        var page = await coordinator.PageAsync($"/fi/networks/{w.Network.Slug}/follow-ups");
        Assert.Equal(2, page.QuerySelectorAll("form[action*='handler=Send']").Length);
        Assert.Contains("Ajankohtainen, ei lähetetty", page.QuerySelector("table")!.TextContent);

        var sent = await coordinator.SubmitAsync(page, "form[action*='handler=Send']", []);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(2, Mails.All(app).Count);
        Assert.Equal(1, await app.WithDbAsync(ctx => ctx.FollowUps.CountAsync(f => f.State == FollowUpState.Sent)));
        // The same follow-up cannot be sent twice.
        var id = await app.WithDbAsync(ctx => ctx.FollowUps.Where(f => f.State == FollowUpState.Sent).Select(f => f.Id).SingleAsync());
        await coordinator.PostAsync($"/fi/networks/{w.Network.Slug}/follow-ups?handler=Send&id={id}");
        Assert.Equal(1, await app.WithDbAsync(ctx => ctx.Surveys.CountAsync()));
        Assert.Equal(2, Mails.All(app).Count);
    }

    [Theory, Databases]
    public async Task A_follow_up_of_a_project_without_published_practices_has_nothing_to_ask(Db db)
    {
        var clock = Clock(2026, 7, 1);
        await using var app = await JuurruApp.StartAsync(db, clock: clock);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        await app.WithDbAsync(async ctx =>
        {
            var p = await ctx.Projects.SingleAsync();
            (p.EndDate, p.Contacts) = (new DateOnly(2025, 6, 30), [new ContactPerson { Name = "A", Email = "a@example.org" }]);
            await ctx.SaveChangesAsync();
        });
        await app.PracticeAsync(project, PracticeStatus.Draft);

        await app.WithServiceAsync<RootingChecks, int>(c => c.RunAsync(default));

        Assert.Equal(FollowUpState.NothingToAsk, await app.WithDbAsync(ctx => ctx.FollowUps.Where(f => f.Months == 12).Select(f => f.State).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(ctx => ctx.Surveys.CountAsync()));
        Assert.Empty(Mails.All(app));
    }

    [Theory, Databases]
    public async Task Coordinators_set_the_months_and_unsent_follow_ups_follow(Db db)
    {
        var clock = Clock(2025, 8, 1);
        await using var app = await JuurruApp.StartAsync(db, clock: clock);
        var w = await World.CreateAsync(app, clock);
        await w.CheckAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(w.Network));
        var url = $"/fi/networks/{w.Network.Slug}/follow-ups";

        var refused = await coordinator.SubmitAsync(url, "form[action*='handler=Months']", new() { ["Months"] = "12, kaksi" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("kokonaislukuina", (await Browser.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal([12, 24], await app.WithDbAsync(ctx => ctx.Networks.Where(n => n.Id == w.Network.Id).Select(n => n.FollowUpMonths).SingleAsync()));

        var saved = await coordinator.SubmitAsync(url, "form[action*='handler=Months']", new() { ["Months"] = "6, 36" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var due = await app.WithDbAsync(ctx => ctx.FollowUps.OrderBy(f => f.Months).Select(f => f.DueOn).ToListAsync());
        Assert.Equal([new DateOnly(2025, 12, 30), new DateOnly(2028, 6, 30)], due);
    }

    [Theory, Databases]
    public async Task The_follow_up_reminds_those_who_have_not_answered_in_their_language(Db db)
    {
        var clock = Clock(2026, 6, 30);
        await using var app = await JuurruApp.StartAsync(db, clock: clock);
        var w = await World.CreateAsync(app, clock);
        await w.CheckAsync();

        clock.Advance(TimeSpan.FromDays(23));
        var reminded = await app.WithServiceAsync<Juurru.Features.Surveys.Distribution.SurveyMailing, int>(m => m.SendDueAsync(default));

        Assert.Equal(2, reminded);
        Assert.StartsWith("Påminnelse", Mails.To(app, "team@kustlinjen.example").Last().Subject);
        Assert.StartsWith("Muistutus", Mails.To(app, "aino@example.org").Last().Subject);
    }

    [Theory, Databases]
    public async Task A_wrong_kind_of_file_is_refused_and_nothing_is_kept(Db db)
    {
        var clock = Clock(2026, 6, 30);
        await using var app = await JuurruApp.StartAsync(db, clock: clock);
        var w = await World.CreateAsync(app, clock);
        await w.CheckAsync();
        using var aino = app.NewBrowser();
        var status = await BeginAsync(aino, PersonalLink(Mails.To(app, "aino@example.org").Single()));
        var next = await aino.SubmitAsync(status, "form.survey-form", new() { [$"a.p{w.Service.Id}"] = "yes", [$"a.p{w.Taster.Id}"] = "unknown" },
            submitter: "button[formaction*=Next]");
        var details = await aino.PageAsync(next.Headers.Location!.OriginalString);

        var refused = await aino.SubmitWithFilesAsync(details, "form.survey-form", [],
            [($"a.p{w.Service.Id}file", "skripti.pdf", "<script>alert(1)</script>"u8.ToArray())], submitter: "button[formaction*=Send]");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Tiedoston on oltava PDF", (await Browser.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(ctx => ctx.SurveyFiles.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(ctx => ctx.SurveyResponses.CountAsync(r => r.Status == Juurru.Features.Surveys.ResponseStatus.Submitted)));
    }

    [Theory, Databases]
    public async Task An_adoption_due_for_confirmation_asks_its_contact_once_in_their_language(Db db)
    {
        var clock = Clock(2025, 3, 1);
        await using var app = await JuurruApp.StartAsync(db, clock: clock);
        var practice = await app.PracticeAsync(await app.ProjectAsync(await app.NetworkAsync()));
        await app.AdoptionAsync(practice, await app.OrganisationAsync("Kustlinjen"), email: "team@kustlinjen.example", language: "sv");
        async Task<int> Ask() => await app.WithServiceAsync<ConfirmationRequests, int>(c => c.SendDueAsync(default));

        clock.SetUtcNow(new DateTimeOffset(2026, 2, 28, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await Ask());
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await Ask());
        Assert.Equal(0, await Ask());
        var message = Mails.To(app, "team@kustlinjen.example").Single();
        Assert.StartsWith("Används praxisen", message.Subject);
        var link = Regex.Match(message.TextBody!.Replace("=\r\n", "").Replace("=\n", "").Replace("=3D", "="), @"http://localhost(/sv/adoptions/[0-9a-f]{32})").Groups[1].Value;

        // The contact confirms; the next request comes a year after that.
        using var contact = app.NewBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await contact.SubmitAsync(link, "form.form", new() { ["Status"] = "InUse" })).StatusCode);
        clock.SetUtcNow(new DateTimeOffset(2027, 2, 28, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await Ask());
        clock.SetUtcNow(new DateTimeOffset(2027, 3, 2, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await Ask());
    }
}
