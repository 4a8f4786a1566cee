using Juurru.Localization;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juurru.Tests.Features.Rooting;

/// <summary>Every rooting page, in Finnish, Swedish and English, on the demo content: all answer, and nothing is left untranslated.</summary>
public sealed class RootingPagesTests
{
    [Theory, Databases]
    public async Task Every_rooting_page_answers_in_each_language_with_nothing_left_untranslated(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db, demoContent: true);
        var network = await app.WithDbAsync(ctx => ctx.Networks.SingleAsync(n => n.Slug == "polkuverkosto"));
        var (project, indicator, model, adoption, followUp, token) = await app.WithDbAsync(async ctx =>
        {
            var ended = await ctx.Projects.SingleAsync(p => p.Acronym == "MEMU");
            var indicatorId = await ctx.Indicators.Where(i => i.ProjectId == ended.Id && i.CommonIndicatorId == null).Select(i => i.Id).FirstAsync();
            var modelId = await ctx.Practices.Where(p => p.Title == "Vertaismentorointi väyläopintoihin").Select(p => p.Id).SingleAsync();
            var adoptionRow = await ctx.Adoptions.Where(a => a.PracticeId == modelId).OrderBy(a => a.Id).FirstAsync();
            var followUpId = await ctx.FollowUps.Select(f => f.Id).SingleAsync();
            return (ended.Id, indicatorId, modelId, adoptionRow.Id, followUpId, adoptionRow.Token);
        });
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));

        foreach (var culture in Cultures.Supported)
        {
            foreach (var path in new[]
                     {
                         $"/projects/{project}", $"/projects/{project}/indicators", $"/projects/{project}/indicators/{indicator}",
                         $"/projects/{project}/indicators/{indicator}/history", $"/projects/{project}/indicators/edit/{indicator}", $"/projects/{project}/indicators/edit",
                         $"/networks/{network.Slug}/indicators", $"/practices/{model}", $"/practices/{model}/adoptions/edit/{adoption}",
                         $"/practices/{model}/adoptions/edit", $"/adoptions/{token}", $"/networks/{network.Slug}/follow-ups", $"/follow-ups/{followUp}",
                         $"/networks/{network.Slug}/rooting", $"/networks/{network.Slug}/rooting?view=print", "/practices?rooting=InUse",
                     })
            {
                var page = await coordinator.PageAsync($"/{culture}{path}");
                Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
                Assert.NotNull(page.QuerySelector("h1"));
            }
            // Error states speak the language too.
            var refused = await coordinator.SubmitAsync($"/{culture}/projects/{project}/indicators/{indicator}", "#measurement-form form", new() { ["Measure.Value"] = "x" });
            Assert.NotNull((await Browser.ParseAsync(refused)).QuerySelector(".error-summary"));
        }
        var swedish = await coordinator.PageAsync($"/sv/practices/{model}");
        Assert.StartsWith("Används i 3 organisationer", swedish.QuerySelector(".page-header .badge-rooted")!.TextContent);
        var english = await coordinator.PageAsync($"/en/practices/{model}");
        Assert.StartsWith("In use at 3 organisations", english.QuerySelector(".page-header .badge-rooted")!.TextContent);
        Assert.Empty(app.Services.GetRequiredService<Translations>().Missing.Keys);
    }

    [Theory, Databases]
    public async Task The_demo_shows_an_ended_project_followed_up_and_rooted(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db, demoContent: true);
        using var visitor = app.NewBrowser();

        var dashboard = await visitor.PageAsync("/fi/networks/polkuverkosto/rooting");
        Assert.Contains("käytössä 12 kk jälkeen (1/2)", dashboard.QuerySelector(".figures")!.TextContent);
        var projectId = await app.WithDbAsync(ctx => ctx.Projects.Where(p => p.Acronym == "MEMU").Select(p => p.Id).SingleAsync());
        var project = await visitor.PageAsync($"/fi/projects/{projectId}");
        Assert.True(project.QuerySelectorAll(".indicator svg[role=img]").Length >= 4);
        // Three organisations reported adoptions; the follow-up added the project's own organisation.
        Assert.Equal(3, await app.WithDbAsync(ctx => ctx.Adoptions.CountAsync(a => a.Events.OrderBy(e => e.Id).First().Source == Juurru.Features.Rooting.Adoptions.AdoptionSource.Member)));
        Assert.Equal(4, await app.WithDbAsync(ctx => ctx.Adoptions.Select(a => a.OrganisationId).Distinct().CountAsync()));
        Assert.Equal(3, await app.WithDbAsync(ctx => ctx.SurveyResponses.CountAsync(r => ctx.FollowUps.Any(f => f.SurveyId == r.SurveyId))));
    }
}
