using System.Net;
using Juurru.Data.Seeding;
using Juurru.Features.Import;
using Juurru.Features.Search.Analysis;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juurru.Tests.Features.Vocabulary;

/// <summary>The imported bank gets keywords: proposed from each practice's text, applied only after a coordinator's review.</summary>
public sealed class KeywordReviewTests
{
    private static void RequireVoikko(JuurruApp app) =>
        Assert.SkipUnless(app.Services.GetRequiredService<TextAnalyzer>().UsesVoikko, "libvoikko1 and voikko-fi are not installed (CI installs them).");

    [Theory, Databases]
    public async Task The_ZOOMI_import_proposes_keywords_that_a_coordinator_reviews_before_they_apply(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        RequireVoikko(app);
        var network = await app.WithDbAsync(ctx => ctx.Networks.SingleAsync(n => n.Slug == ReferenceData.TransitionsNetworkSlug));

        var summary = await app.WithServiceAsync<ReportImporter, ImportSummary>(i => i.ImportAsync(Seeds.Read(Seeds.ZoomiReport), network.Slug, "test"));

        Assert.True(summary.PracticesWithKeywordProposals >= 200, $"{summary.PracticesWithKeywordProposals} practices got proposals");
        Assert.Equal(0, await app.WithDbAsync(ctx => ctx.Practices.CountAsync(p => p.Keywords.Any()))); // nothing applied unseen
        var conscripts = await app.WithDbAsync(ctx => ctx.Practices.SingleAsync(p => p.Title == "Varusmiesten tavoittaminen nivelvaiheessa"));
        var proposed = await app.WithDbAsync(ctx => ctx.KeywordProposals.Where(k => k.PracticeId == conscripts.Id).Select(k => k.Word).ToListAsync());
        Assert.Contains("varusmies", proposed);
        Assert.Contains("nivelvaihe", proposed);

        // The coordinator unticks one proposal of the conscripts' practice and accepts the page.
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var page = await coordinator.PageAsync($"/fi/networks/{network.Slug}/keywords/review");
        Assert.NotNull(page.QuerySelector($"input[value='{conscripts.Id}:varusmies']"));
        var shown = page.QuerySelectorAll("input[name=practiceIds]").Select(i => int.Parse(i.GetAttribute("value")!)).ToList();
        var ticked = page.QuerySelectorAll("input[name=accept]").Select(i => i.GetAttribute("value")!).Where(v => v != $"{conscripts.Id}:nivelvaihe").ToArray();
        var applied = await coordinator.SubmitAsync(page, "form[action*=Apply]", [], new() { ["accept"] = ticked });

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var keywords = await app.WithDbAsync(ctx => ctx.Practices.Where(p => p.Id == conscripts.Id).SelectMany(p => p.Keywords.Select(k => k.Name)).ToListAsync());
        Assert.Contains("varusmies", keywords);
        Assert.DoesNotContain("nivelvaihe", keywords);
        Assert.False(await app.WithDbAsync(ctx => ctx.KeywordProposals.AnyAsync(k => shown.Contains(k.PracticeId))));
        // The practice is found through its new keyword on the keyword page (after publishing, which imports are).
        Assert.Contains("varusmies", (await app.NewBrowser().PageAsync("/fi/keywords")).QuerySelector("main")!.TextContent);
    }

    public static TheoryData<Db, Role, HttpStatusCode> Reviewing => RoleWorld.Matrix(
        (Role.Visitor, HttpStatusCode.Redirect), (Role.Outsider, HttpStatusCode.Forbidden), (Role.Member, HttpStatusCode.Forbidden),
        (Role.OtherCoordinator, HttpStatusCode.Forbidden), (Role.Coordinator, HttpStatusCode.Redirect), (Role.Administrator, HttpStatusCode.Redirect));

    /// <summary>Accepting posted by hand: only the network's coordinators (and administrators) add keywords.</summary>
    [Theory, MemberData(nameof(Reviewing))]
    public async Task Who_may_accept_proposals(Db db, Role role, HttpStatusCode expected)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var practice = await w.App.PracticeAsync(w.Project);
        await w.App.WithDbAsync(ctx =>
        {
            ctx.KeywordProposals.Add(new() { PracticeId = practice.Id, Word = "mentorointi", Score = 1 });
            return ctx.SaveChangesAsync();
        });
        using var browser = await w.AsAsync(role);

        var response = await browser.PostAsync($"/fi/networks/{w.Network.Slug}/keywords/review?handler=Apply",
            new() { ["practiceIds"] = practice.Id.ToString(), ["accept"] = $"{practice.Id}:mentorointi" });

        Assert.Equal(expected, response.StatusCode);
        var added = await w.App.WithDbAsync(ctx => ctx.Practices.Where(p => p.Id == practice.Id).SelectMany(p => p.Keywords).AnyAsync());
        Assert.Equal(expected == HttpStatusCode.Redirect && role != Role.Visitor, added);
    }

    [Theory, Databases]
    public async Task A_practice_of_another_network_is_not_touched_through_this_one(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var other = await w.App.PracticeAsync(w.OtherProject);
        await w.App.WithDbAsync(ctx =>
        {
            ctx.KeywordProposals.Add(new() { PracticeId = other.Id, Word = "mentorointi", Score = 1 });
            return ctx.SaveChangesAsync();
        });
        using var coordinator = await w.AsAsync(Role.Coordinator);

        await coordinator.PostAsync($"/fi/networks/{w.Network.Slug}/keywords/review?handler=Apply",
            new() { ["practiceIds"] = other.Id.ToString(), ["accept"] = $"{other.Id}:mentorointi" });

        Assert.False(await w.App.WithDbAsync(ctx => ctx.Practices.Where(p => p.Id == other.Id).SelectMany(p => p.Keywords).AnyAsync()));
        Assert.Equal(1, await w.App.WithDbAsync(ctx => ctx.KeywordProposals.CountAsync()));
    }
}
