using System.Net;
using System.Text.Json;
using Juurru.Features.Practices;
using Juurru.Features.Rooting;
using Juurru.Features.Rooting.Adoptions;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Rooting;

/// <summary>Organisations record that they use a practice; the practice page, the badges, the filter, the facets and the API show it.</summary>
public sealed class AdoptionTests
{
    /// <summary>The form as a member fills it; the organisation as the page chose it unless given.</summary>
    private static Dictionary<string, string> InUse(int? organisation = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Status"] = "InUse", ["Input.Since"] = "3/2024", ["Input.Scope"] = "Unit", ["Input.ScopeDetail"] = "Kokkolan kampus",
            ["Input.ContactName"] = "Opinto-ohjaus", ["Input.ContactEmail"] = "ohjaus@example.org", ["Input.ContactLanguage"] = "sv",
        };
        if (organisation is { } id) fields["Input.OrganisationId"] = id.ToString();
        return fields;
    }

    [Theory, Databases]
    public async Task Another_organisations_member_records_an_adoption_from_the_practice_page(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var practice = await app.PracticeAsync(await app.ProjectAsync(network));
        var organisation = await app.OrganisationAsync("Kustlinjen", "MK15");
        using var member = await app.SignInAsync(await app.OrganisationMemberAsync(organisation));

        var page = await member.PageAsync($"/fi/practices/{practice.Id}");
        var link = page.QuerySelector("#rooting a.button")!.GetAttribute("href")!;
        var saved = await member.SubmitAsync(link, "form.form", InUse());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var visitor = app.NewBrowser();
        var shown = await visitor.PageAsync($"/fi/practices/{practice.Id}");
        var month = DateTime.UtcNow.ToString("M'/'yyyy");
        Assert.Equal($"Käytössä 1 organisaatiossa · vahvistettu {month}", shown.QuerySelector(".page-header .badge-rooted")!.TextContent);
        var section = shown.QuerySelector("#rooting")!;
        Assert.Contains("Pohjanmaa (1)", section.QuerySelector("h3")!.TextContent);
        Assert.Contains(organisation.Name, section.TextContent);
        Assert.Contains("3/2024 alkaen", section.TextContent);
        Assert.Contains("Kokkolan kampus", section.TextContent);
        // The contact was not made public.
        Assert.DoesNotContain("ohjaus@example.org", section.TextContent);

        // The badge in every list card, and the filter with its count.
        var list = await visitor.PageAsync($"/fi/practices?network={network.Slug}&rooting=InUse");
        Assert.Single(list.QuerySelectorAll(".card"));
        Assert.Contains("Käytössä 1 organisaatiossa", list.QuerySelector(".card .badge-rooted")!.TextContent);
        Assert.Contains("Käytössä (1)", list.QuerySelector("#rooting option[value=InUse]")!.TextContent);
        Assert.Empty((await visitor.PageAsync($"/fi/practices?network={network.Slug}&rooting=Stopped")).QuerySelectorAll(".card"));
    }

    [Theory, Databases]
    public async Task The_apis_give_adoptions_rooting_and_facets(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var practice = await app.PracticeAsync(await app.ProjectAsync(network));
        var organisation = await app.OrganisationAsync("Kustlinjen", "MK15");
        await app.AdoptionAsync(practice, organisation);
        await app.AdoptionAsync(practice, await app.OrganisationAsync("Toinen"), AdoptionStatus.Stopped);
        using var visitor = app.NewBrowser();

        var detail = JsonDocument.Parse(await visitor.Client.GetStringAsync($"/api/v1/practices/{practice.Id}")).RootElement;
        var rooting = detail.GetProperty("rooting");
        Assert.Equal("InUse", rooting.GetProperty("status").GetString());
        Assert.Equal(1, rooting.GetProperty("organisationsInUse").GetInt32());
        Assert.Equal(1, rooting.GetProperty("organisationsStopped").GetInt32());
        Assert.True(rooting.GetProperty("confirmedAt").GetDateTime() > DateTime.UtcNow.AddMinutes(-5));
        var adoptions = detail.GetProperty("adoptions").EnumerateArray().ToList();
        Assert.Equal(2, adoptions.Count);
        var used = adoptions.Single(a => a.GetProperty("status").GetString() == "InUse");
        Assert.Equal(organisation.Name, used.GetProperty("organisation").GetProperty("name").GetString());
        Assert.Equal("MK15", used.GetProperty("region").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, used.GetProperty("contact").ValueKind);
        Assert.Equal("Resurssit loppuivat", adoptions.Single(a => a.GetProperty("status").GetString() == "Stopped").GetProperty("stopReason").GetString());

        var list = JsonDocument.Parse(await visitor.Client.GetStringAsync($"/api/v1/practices?network={network.Slug}&rooting=InUse")).RootElement;
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal("InUse", list.GetProperty("items")[0].GetProperty("rooting").GetProperty("status").GetString());
        var search = JsonDocument.Parse(await visitor.Client.GetStringAsync($"/api/v1/search?network={network.Slug}")).RootElement;
        Assert.Equal(1, search.GetProperty("facets").GetProperty("rooting").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "InUse").GetProperty("count").GetInt32());
    }

    [Theory, Databases]
    public async Task Stopping_needs_a_reason_and_then_shows_as_no_longer_in_use(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var practice = await app.PracticeAsync(await app.ProjectAsync(await app.NetworkAsync()));
        var organisation = await app.OrganisationAsync();
        var adoption = await app.AdoptionAsync(practice, organisation);
        using var member = await app.SignInAsync(await app.OrganisationMemberAsync(organisation));
        var url = $"/fi/practices/{practice.Id}/adoptions/edit/{adoption}";

        var refused = await member.SubmitAsync(url, "form.form", new() { ["Input.Status"] = "Stopped" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Kerro, miksi se ei ole enää käytössä.", (await Browser.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(AdoptionStatus.InUse, await app.WithDbAsync(ctx => ctx.Adoptions.Select(a => a.Status).SingleAsync()));

        var stopped = await member.SubmitAsync(url, "form.form", new() { ["Input.Status"] = "Stopped", ["Input.StopReason"] = "Ohjaaja jäi eläkkeelle." });
        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
        var page = await member.PageAsync($"/fi/practices/{practice.Id}");
        Assert.StartsWith("Ei enää käytössä", page.QuerySelector(".page-header .badge-stopped")!.TextContent);
        Assert.Contains("Ohjaaja jäi eläkkeelle.", page.QuerySelector("#rooting")!.TextContent);
        var history = await member.PageAsync(url);
        Assert.Equal(2, history.QuerySelectorAll(".history li").Length);
    }

    [Theory, Databases]
    public async Task An_organisation_reports_a_practice_once(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var practice = await app.PracticeAsync(await app.ProjectAsync(await app.NetworkAsync()));
        var organisation = await app.OrganisationAsync();
        await app.AdoptionAsync(practice, organisation);
        using var member = await app.SignInAsync(await app.OrganisationMemberAsync(organisation));

        var refused = await member.SubmitAsync($"/fi/practices/{practice.Id}/adoptions/edit", "form.form", InUse(organisation.Id));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("päivitä sitä ilmoitusta", (await Browser.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(1, await app.WithDbAsync(ctx => ctx.Adoptions.CountAsync()));
    }

    [Theory, Databases]
    public async Task A_member_speaks_only_for_their_own_organisation(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var practice = await app.PracticeAsync(await app.ProjectAsync(await app.NetworkAsync()));
        var own = await app.OrganisationAsync("Oma");
        var other = await app.OrganisationAsync("Vieras");
        var othersAdoption = await app.AdoptionAsync(practice, other);
        using var member = await app.SignInAsync(await app.OrganisationMemberAsync(own));

        var forOther = await member.SubmitAsync($"/fi/practices/{practice.Id}/adoptions/edit", "form.form", InUse(other.Id));
        Assert.Equal(HttpStatusCode.OK, forOther.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(ctx => ctx.Adoptions.CountAsync()));

        var update = await member.PostAsync($"/fi/practices/{practice.Id}/adoptions/edit/{othersAdoption}", new()
        {
            ["Input.Status"] = "Stopped", ["Input.StopReason"] = "Ei", ["Input.ContactEmail"] = "x@example.org",
        });
        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        Assert.Equal(AdoptionStatus.InUse, await app.WithDbAsync(ctx => ctx.Adoptions.Select(a => a.Status).SingleAsync()));
    }

    [Theory, Databases]
    public async Task A_draft_cannot_be_adopted(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var practice = await app.PracticeAsync(await app.ProjectAsync(await app.NetworkAsync()), PracticeStatus.Draft);
        using var member = await app.SignInAsync(await app.OrganisationMemberAsync(await app.OrganisationAsync()));

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/fi/practices/{practice.Id}/adoptions/edit")).StatusCode);
    }

    [Theory, Databases]
    public async Task The_contact_confirms_through_the_link_without_signing_in(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var practice = await app.PracticeAsync(await app.ProjectAsync(await app.NetworkAsync()));
        await app.AdoptionAsync(practice, await app.OrganisationAsync());
        var token = await app.WithDbAsync(ctx => ctx.Adoptions.Select(a => a.Token).SingleAsync());
        using var contact = app.NewBrowser();

        var refused = await contact.SubmitAsync($"/fi/adoptions/{token}", "form.form", new() { ["Status"] = "Stopped" });
        Assert.Contains("Kerro, miksi", (await Browser.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);
        var confirmed = await contact.SubmitAsync($"/fi/adoptions/{token}", "form.form", new() { ["Status"] = "TryingOut" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var adoption = await app.WithDbAsync(ctx => ctx.Adoptions.Include(a => a.Events).SingleAsync());
        Assert.Equal((AdoptionStatus.TryingOut, AdoptionSource.Contact), (adoption.Status, adoption.ConfirmedBy));
        Assert.Equal(RootingStatus.TryingOut, await app.WithDbAsync(ctx => ctx.Practices.Select(p => p.Rooting).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await contact.GetAsync("/fi/adoptions/" + new string('0', 32))).StatusCode);
    }

    [Theory, Databases]
    public async Task A_model_counts_the_adoptions_of_its_good_practices(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        var model = await app.PracticeAsync(project, title: "Vertaismentorointimalli", kind: PracticeKind.Model);
        var application = await app.PracticeAsync(project, title: "Mentorointi Kokkolassa");
        await app.WithDbAsync(async ctx =>
        {
            var good = await ctx.Practices.SingleAsync(p => p.Id == application.Id);
            good.ApplyModel(await ctx.Practices.SingleAsync(p => p.Id == model.Id));
            await ctx.SaveChangesAsync();
        });
        await app.AdoptionAsync(application, await app.OrganisationAsync("Yksi"));
        await app.AdoptionAsync(application, await app.OrganisationAsync("Kaksi"));

        using var visitor = app.NewBrowser();
        var page = await visitor.PageAsync($"/fi/practices/{model.Id}");
        Assert.Contains("Mallia soveltavat hyvät käytännöt ovat käytössä 2 organisaatiossa.", page.QuerySelector("#rooting")!.TextContent);
        var api = JsonDocument.Parse(await visitor.Client.GetStringAsync($"/api/v1/practices/{model.Id}")).RootElement;
        Assert.Equal(2, api.GetProperty("rooting").GetProperty("organisationsUsingApplications").GetInt32());
    }

    [Theory, Databases]
    public async Task The_check_for_similar_practices_offers_we_use_this_too(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var existing = await app.PracticeAsync(project, title: "Vertaismentorointi opintojen alussa");
        using var member = await app.SignInAsync(await app.MemberAsync(project));
        await app.WithDbAsync(async ctx =>
        {
            ctx.OrganisationMembers.Add(new Juurru.Features.Organisations.OrganisationMember
            {
                OrganisationId = (await ctx.Projects.SingleAsync(p => p.Id == project.Id)).LeadOrganisationId!.Value,
                UserId = (await ctx.ProjectMembers.SingleAsync()).UserId,
            });
            await ctx.SaveChangesAsync();
        });

        var form = await member.PageAsync($"/fi/practices/new?network={network.Id}");
        var checkedPage = await Browser.ParseAsync(await member.SubmitAsync(form, "form.form",
            new() { ["Form.Title"] = "Vertaismentorointi", ["Form.Summary"] = "Opiskelijat tukevat toisiaan opintojen alussa." },
            submitter: "button[formaction*=Similar]"));
        var offer = checkedPage.QuerySelectorAll(".similar-check a").Single(a => a.TextContent.StartsWith("Käytämme tätä myös"));
        Assert.Equal($"/fi/practices/{existing.Id}/adoptions/edit", offer.GetAttribute("href"));

        var recorded = await member.SubmitAsync(offer.GetAttribute("href")!, "form.form", InUse());
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(ctx => ctx.Adoptions.CountAsync(a => a.PracticeId == existing.Id)));
        Assert.Equal(1, await app.WithDbAsync(ctx => ctx.Practices.CountAsync()));
    }
}
