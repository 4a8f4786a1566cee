using Juurru.Data.Seeding;
using Juurru.Features.Surveys;
using Juurru.Localization;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juurru.Tests.Features.Surveys;

/// <summary>The demo survey, and every survey page in Finnish, Swedish and English with nothing left untranslated.</summary>
public sealed class SurveyPagesTests
{
    [Fact]
    public void The_demo_survey_is_valid_and_ready()
    {
        var definition = DemoSurvey.Definition();
        Assert.Empty(SurveyFormat.Validate(definition));
        Assert.Empty(SurveyFormat.Readiness(definition));
        Assert.All(DemoSurvey.Responses(40), a => Assert.True(a.Has("themes")));
    }

    [Theory, Databases]
    public async Task Every_survey_page_answers_in_each_language_with_nothing_left_untranslated(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db, demoContent: true);
        // The demo survey (the demo also has a rooting follow-up survey).
        var survey = await app.WithDbAsync(ctx => ctx.Surveys.SingleAsync(s => !ctx.FollowUps.Any(f => f.SurveyId == s.Id)));
        Assert.Equal(40, await app.WithDbAsync(ctx => ctx.SurveyResponses.CountAsync(r => r.SurveyId == survey.Id && r.Status == ResponseStatus.Submitted)));
        var network = await app.WithDbAsync(ctx => ctx.Networks.SingleAsync(n => n.Id == survey.NetworkId));
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        using var visitor = app.NewBrowser();
        var key = new string('a', 32);
        foreach (var culture in Cultures.Supported)
        {
            foreach (var path in new[] { "/surveys", $"/surveys/{survey.Id}", $"/surveys/{survey.Id}/report", $"/surveys/{survey.Id}/report?filter=role:staff",
                         $"/surveys/{survey.Id}/build", $"/surveys/{survey.Id}/question?section=network&key=statements",
                         $"/surveys/{survey.Id}/distribution", $"/surveys/{survey.Id}/compare?by=groups", $"/surveys/{survey.Id}/preview",
                         $"/surveys/{survey.Id}/open-answers?question=feedback&q=a", $"/surveys/{survey.Id}/settings", $"/surveys/{survey.Id}/responses" })
            {
                var page = await coordinator.PageAsync($"/{culture}{path}");
                Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
                Assert.NotNull(page.QuerySelector("h1"));
            }
            Assert.NotNull((await visitor.PageAsync($"/{culture}/s/{survey.LinkKey}")).QuerySelector("a.button"));
            var first = await visitor.PageAsync($"/{culture}/s/{survey.LinkKey}/{key}/1");
            var errors = await visitor.SubmitAsync(first, "form.survey-form", [], submitter: "button[formaction*=Next]");
            Assert.NotNull((await Browser.ParseAsync(errors)).QuerySelector(".error-summary"));
        }
        Assert.Contains("Bedöm påståendena", (await visitor.PageAsync($"/sv/s/{survey.LinkKey}/{key}/2")).Body!.TextContent);
        Assert.Empty(app.Services.GetRequiredService<Translations>().Missing.Keys);
    }
}
