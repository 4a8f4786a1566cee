using AngleSharp.Dom;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Juurru.Features.Practices;
using Juurru.Features.Search;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juurru.Tests.Features.Search;

/// <summary>The search on both databases: the index follows the content, the API and the pages answer the same.</summary>
public sealed class SearchTests
{
    private static async Task<JsonElement> SearchAsync(JuurruApp app, string query)
    {
        using var browser = app.NewBrowser();
        return await browser.Client.GetFromJsonAsync<JsonElement>($"/api/v1/search?{query}");
    }

    private static IEnumerable<string> Titles(JsonElement result) =>
        result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!);

    [Theory, Databases]
    public async Task The_index_follows_publishing_editing_and_archiving_in_the_same_save(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        var published = await app.PracticeAsync(project, title: "Uraohjauksen teemapäivät");
        await app.PracticeAsync(project, PracticeStatus.Draft, "Uraohjausmalli luonnoksena");

        Assert.Equal(["Uraohjauksen teemapäivät"], Titles(await SearchAsync(app, "q=uraohjaus")));

        await app.WithDbAsync(async ctx =>
        {
            var p = await ctx.Practices.SingleAsync(x => x.Id == published.Id);
            p.Retitle("Vanhempainillat yhdeksäsluokkalaisille");
            await ctx.SaveChangesAsync();
        });
        Assert.Equal(0, (await SearchAsync(app, "q=uraohjaus")).GetProperty("total").GetInt32());
        Assert.Equal(["Vanhempainillat yhdeksäsluokkalaisille"], Titles(await SearchAsync(app, "q=vanhempainilta")));

        await app.WithDbAsync(async ctx =>
        {
            var p = await ctx.Practices.SingleAsync(x => x.Id == published.Id);
            p.Archive();
            await ctx.SaveChangesAsync();
        });
        Assert.Equal(0, (await SearchAsync(app, "q=vanhempainilta")).GetProperty("total").GetInt32());
    }

    [Theory, Databases]
    public async Task Results_carry_snippets_scores_and_facet_counts_that_combine_with_the_filters(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        await app.PracticeAsync(project, title: "Uraohjausmalli ammattiopistoon", kind: PracticeKind.Model);
        await app.PracticeAsync(project, title: "Uraohjauksen tuokiot");
        await app.PracticeAsync(project, title: "Vertaismentorointi");

        var all = await SearchAsync(app, "q=uraohjaus");
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        Assert.False(all.GetProperty("totalIsLowerBound").GetBoolean());
        var first = all.GetProperty("items")[0];
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        Assert.Contains("<mark>", first.GetProperty("titleHighlighted").GetString());
        var kinds = all.GetProperty("facets").GetProperty("kind").EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Model"] = 1, ["GoodPractice"] = 1 }, kinds);

        // A chosen kind narrows the results; the kind facet still counts both, the others follow the choice.
        var models = await SearchAsync(app, "q=uraohjaus&kind=Model");
        Assert.Equal(["Uraohjausmalli ammattiopistoon"], Titles(models));
        Assert.Equal(2, models.GetProperty("facets").GetProperty("kind").EnumerateArray().Sum(v => v.GetProperty("count").GetInt32()));
        Assert.Equal(1, models.GetProperty("facets").GetProperty("language").EnumerateArray().Single().GetProperty("count").GetInt32());

        // Without words: every published practice, newest first.
        Assert.Equal(3, (await SearchAsync(app, "q=")).GetProperty("total").GetInt32());
    }

    [Theory, Databases]
    public async Task Typos_are_corrected_phrases_and_prefixes_work_and_stop_words_get_an_answer(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        await app.PracticeAsync(project, title: "Uraohjaus toisen asteen opintoihin");
        await app.PracticeAsync(project, title: "Toinen kokeilu: ohjaamo ja koulutuksen aste vaihtuu");

        var typo = await SearchAsync(app, "q=uraohjuas");
        Assert.Equal("uraohjaus", typo.GetProperty("didYouMean").GetString());
        Assert.Equal(["Uraohjaus toisen asteen opintoihin"], Titles(typo));

        Assert.Equal(["Uraohjaus toisen asteen opintoihin"], Titles(await SearchAsync(app, "q=%22toinen%20aste%22")));
        Assert.Equal(2, (await SearchAsync(app, "q=toinen%20aste")).GetProperty("total").GetInt32());
        Assert.Equal(["Toinen kokeilu: ohjaamo ja koulutuksen aste vaihtuu"], Titles(await SearchAsync(app, "q=ohjaam*")));

        var common = await SearchAsync(app, "q=ja%20on");
        Assert.True(common.GetProperty("onlyStopWords").GetBoolean());
        Assert.Equal(0, common.GetProperty("total").GetInt32());
    }

    [Theory, Databases]
    public async Task A_rebuild_restores_an_index_emptied_behind_the_applications_back(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        await app.PracticeAsync(project, title: "Mentorointi valmentavassa koulutuksessa");
        await app.WithDbAsync(async ctx => await SearchStore.For(ctx).ClearAsync(ctx, default));
        Assert.Equal(0, (await SearchAsync(app, "q=mentorointi")).GetProperty("total").GetInt32());

        var count = await app.WithServiceAsync<SearchIndexer, int>(async indexer =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await indexer.RebuildAsync(scope.ServiceProvider.GetRequiredService<Juurru.Data.JuurruDbContext>(), default);
        });
        Assert.Equal(2, count); // the practice and its project
        Assert.Equal(["Mentorointi valmentavassa koulutuksessa"], Titles(await SearchAsync(app, "q=mentoroinnin")));
    }

    [Theory, Databases]
    public async Task The_list_page_marks_the_matched_words_and_counts_the_filter_options(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        await app.PracticeAsync(project, title: "Uraohjauksen tuokiot", kind: PracticeKind.Model);
        using var browser = app.NewBrowser();

        var page = await browser.PageAsync("/fi/practices?q=uraohjaus");
        Assert.Equal("Uraohjauksen", page.QuerySelector(".card-title mark")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("#kind option"), o => o.TextContent.Contains("(1)"));
        Assert.Contains("1 käytäntö", page.QuerySelector("#results-title")!.TextContent);

        var registry = await browser.PageAsync("/fi/projects?q=testihankkeen");
        Assert.Contains(registry.QuerySelectorAll("a"), a => a.TextContent == "Testihanke");
    }

    [Theory, Databases]
    public async Task A_practice_page_shows_similar_practices_and_a_member_can_check_a_new_one_before_saving(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var one = await app.PracticeAsync(project, title: "Vertaismentorointi aloittaville opiskelijoille");
        await app.PracticeAsync(project, title: "Vertaismentorointi toisen vuoden opiskelijoille");
        await app.PracticeAsync(project, title: "Matematiikan kertauskurssi");
        using var visitor = app.NewBrowser();

        var details = await visitor.PageAsync($"/fi/practices/{one.Id}");
        var similar = details.QuerySelector("section.similar")!.TextContent;
        Assert.Contains("Vertaismentorointi toisen vuoden opiskelijoille", similar);
        Assert.DoesNotContain("aloittaville", similar);

        using var member = await app.SignInAsync(await app.MemberAsync(project));
        var form = await member.PageAsync($"/fi/practices/new?network={network.Id}");
        var response = await member.SubmitAsync(form, "form.form", new()
        {
            ["Form.Title"] = "Vertaismentoroinnin malli",
            ["Form.Summary"] = "Opiskelijat mentoroivat toisiaan.",
        }, submitter: "button[formaction*=Similar]");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var check = await Browser.ParseAsync(response);
        Assert.Contains("Vertaismentorointi aloittaville opiskelijoille", check.QuerySelector(".similar-check")!.TextContent);
        Assert.Equal("Vertaismentoroinnin malli", check.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Form_Title")!.Value);
        await app.WithDbAsync(async ctx => Assert.Equal(3, await ctx.Practices.CountAsync())); // nothing saved
    }

    [Theory, Databases]
    public async Task Only_administrators_see_the_search_page_and_rebuild_the_index(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        await app.PracticeAsync(project);
        using var member = await app.SignInAsync(await app.MemberAsync(project));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/fi/admin/search")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync("/fi/admin/search?handler=Rebuild")).StatusCode);

        using var admin = await app.SignInAsync(await app.AdministratorAsync());
        var page = await admin.PageAsync("/fi/admin/search");
        Assert.Contains("voikko", page.QuerySelector("dl")!.TextContent.ToLowerInvariant().Replace("light", "voikko"));
        var rebuilt = await admin.SubmitAsync(page, "form.rebuild", []);
        Assert.Equal(HttpStatusCode.Redirect, rebuilt.StatusCode);
        var after = await admin.PageAsync("/fi/admin/search");
        Assert.Contains("2 dokumenttia", after.Body!.TextContent);
    }
}
