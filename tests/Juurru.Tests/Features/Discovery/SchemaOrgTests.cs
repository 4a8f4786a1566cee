using System.Text.Json;
using Juurru.Features.Practices;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Discovery;

/// <summary>schema.org JSON-LD in the head of the public pages, as a search engine reads it.</summary>
public sealed class SchemaOrgTests
{
    private static JsonElement JsonLd(AngleSharp.Dom.IDocument page) =>
        JsonDocument.Parse(page.QuerySelector("head script[type='application/ld+json']")!.TextContent).RootElement;

    [Theory, Databases]
    public async Task A_practice_is_a_creative_work_of_its_network_part_of_its_project_under_its_licence(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync("Polkuverkosto"), "Polkuhanke");
        var practice = await app.PracticeAsync(project, title: "Mentorointi </script><script>alert(1)</script>");
        using var visitor = app.NewBrowser();

        var page = await visitor.PageAsync($"/fi/practices/{practice.Id}");

        var work = JsonLd(page);
        Assert.Equal("https://schema.org", work.GetProperty("@context").GetString());
        Assert.Equal("CreativeWork", work.GetProperty("@type").GetString());
        Assert.Equal("Mentorointi </script><script>alert(1)</script>", work.GetProperty("name").GetString());
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.StartsWith("alert"));
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", work.GetProperty("license").GetString());
        Assert.Equal("Polkuverkosto", work.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("Polkuhanke", work.GetProperty("isPartOf")[0].GetProperty("name").GetString());
        Assert.EndsWith($"/fi/projects/{project.Id}/polkuhanke", work.GetProperty("isPartOf")[0].GetProperty("url").GetString());
        Assert.DoesNotContain("testi@example.org", page.QuerySelector("head")!.InnerHtml);
    }

    [Theory, Databases]
    public async Task A_draft_is_not_described_to_search_engines(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var draft = await w.App.PracticeAsync(w.Project, PracticeStatus.Draft);
        using var member = await w.AsAsync(Role.Member);

        var page = await member.PageAsync($"/fi/practices/{draft.Id}");

        Assert.Null(page.QuerySelector("script[type='application/ld+json']"));
    }

    [Theory, Databases]
    public async Task A_project_and_its_lead_organisation_are_described_with_their_links(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync("Polkuverkosto"), "Polkuhanke");
        var lead = await app.WithDbAsync(async d =>
        {
            var p = await d.Projects.Include(x => x.LeadOrganisation).SingleAsync(x => x.Id == project.Id);
            p.Funder = "Opetushallitus";
            p.LeadOrganisation!.BusinessId = "0245437-2";
            await d.SaveChangesAsync();
            return p.LeadOrganisationId!.Value;
        });
        using var visitor = app.NewBrowser();

        var projectData = JsonLd(await visitor.PageAsync($"/fi/projects/{project.Id}"));
        var organisationData = JsonLd(await visitor.PageAsync($"/fi/organisations/{lead}"));

        Assert.Equal("Project", projectData.GetProperty("@type").GetString());
        Assert.Equal("Opetushallitus", projectData.GetProperty("funder").GetProperty("name").GetString());
        Assert.EndsWith($"/fi/organisations/{lead}", projectData.GetProperty("member")[0].GetProperty("url").GetString());
        Assert.Equal("EducationalOrganization", organisationData.GetProperty("@type").GetString());
        Assert.Equal("0245437-2", organisationData.GetProperty("identifier").GetProperty("value").GetString());
    }
}
