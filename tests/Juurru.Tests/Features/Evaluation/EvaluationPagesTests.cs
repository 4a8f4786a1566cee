using Juurru.Features.Evaluation;
using Juurru.Localization;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juurru.Tests.Features.Evaluation;

/// <summary>Every evaluation page, in Finnish, Swedish and English, on the demo content: all answer and nothing is left untranslated.</summary>
public sealed class EvaluationPagesTests
{
    [Theory, Databases]
    public async Task Every_evaluation_page_answers_in_each_language_with_nothing_left_untranslated(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db, demoContent: true);
        var network = await app.WithDbAsync(ctx => ctx.Networks.SingleAsync(n => n.Slug == "polkuverkosto"));
        var (closed, open, decided, openPractice) = await app.WithDbAsync(async ctx =>
        {
            var rounds = await ctx.EvaluationRounds.Include(r => r.Practices).Where(r => r.NetworkId == network.Id).ToListAsync();
            var model = await ctx.Practices.Where(p => p.Decision == EvaluationDecision.Model).Select(p => p.Id).SingleAsync();
            var o = rounds.Single(r => r.IsOpen);
            return (rounds.Single(r => !r.IsOpen).Id, o.Id, model, o.Practices.Single().PracticeId);
        });
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var peer = await app.MemberAsync(await app.ProjectAsync(network, "Vertaishanke"));
        using var evaluator = await app.SignInAsync(peer);
        // The coordinator invites the peer through the page, so that the peer has a form to open.
        await coordinator.SubmitAsync($"/fi/evaluation/rounds/{open}", "form[action*=Invite]", new() { ["Email"] = peer.Email!, ["Phase"] = "Peer" });
        var form = await app.WithDbAsync(ctx => ctx.Assignments.Where(a => a.EvaluatorId == peer.Id).Select(a => a.Id).SingleAsync());

        foreach (var culture in Cultures.Supported)
        {
            foreach (var path in new[]
                     {
                         "/evaluation", $"/networks/{network.Slug}/criteria", $"/evaluation/rounds/new?network={network.Slug}",
                         $"/evaluation/rounds/{closed}", $"/evaluation/rounds/{open}", $"/evaluation/rounds/{closed}/practices/{decided}",
                         $"/evaluation/rounds/{open}/practices/{openPractice}", $"/evaluation/rounds/{open}/workshop?practice={openPractice}",
                         $"/practices/{decided}", $"/practices/{decided}/evaluation", "/practices?decision=Model",
                     })
            {
                var page = await coordinator.PageAsync($"/{culture}{path}");
                Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
                Assert.NotNull(page.QuerySelector("h1"));
            }
            var formPage = await evaluator.PageAsync($"/{culture}/evaluation/assignments/{form}");
            Assert.NotNull(formPage.QuerySelector("fieldset.criterion legend"));
            // Error states speak the language too.
            var refused = await evaluator.SubmitAsync(formPage, "form.evaluation-form", [], submitter: "button[formaction*=Submit]");
            Assert.NotNull((await Browser.ParseAsync(refused)).QuerySelector(".error-summary"));
            await coordinator.SubmitAsync($"/{culture}/evaluation/rounds/{open}", "form[action*=Close]", new() { ["confirm"] = "true" });
        }
        var swedish = await coordinator.PageAsync($"/sv/practices/{decided}");
        Assert.Contains("Bedömd: modell", swedish.QuerySelector(".page-header")!.TextContent);
        Assert.Empty(app.Services.GetRequiredService<Translations>().Missing.Keys);
    }
}
