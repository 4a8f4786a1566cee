using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Juurru.Features.Surveys;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Surveys;

/// <summary>A coordinator creates a survey from a definition file and opens it; a visitor answers it through the pages.</summary>
public sealed class SurveyAnsweringTests
{
    [Theory, Databases]
    public async Task The_respondent_pages_leave_out_the_site_menu_name_each_unanswered_question_and_order_the_buttons(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, link) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.NetworkSurvey);
        await SurveySteps.OpenAsync(coordinator, id, DateTime.UtcNow.AddMinutes(-5));
        using var visitor = app.NewBrowser();
        var key = new string('b', 32);

        var page1 = await visitor.PageAsync($"/fi/s/{link}/{key}/1");
        Assert.Null(page1.QuerySelector(".site-header"));
        Assert.Equal(["fi", "sv"], page1.QuerySelectorAll("nav.languages a").Select(a => a.GetAttribute("hreflang")).ToList());
        var empty = await Browser.ParseAsync(await visitor.SubmitAsync(page1, "form.survey-form", [], submitter: "button[formaction*=Next]"));
        var named = empty.QuerySelectorAll(".error-summary a").Select(a => a.TextContent).ToList();
        Assert.Equal(2, named.Count);
        Assert.StartsWith("Roolisi hankkeessa: ", named[0]);
        Assert.StartsWith("Mihin teemoihin osallistuit?: ", named[1]);

        var next = await visitor.SubmitAsync(page1, "form.survey-form", new() { ["a.role"] = "partner" }, new() { ["a.themes"] = ["B"] }, "button[formaction*=Next]");
        var page2 = await visitor.PageAsync(next.Headers.Location!.OriginalString);
        var buttons = page2.QuerySelectorAll(".actions button").Select(b => b.TextContent.Trim()).ToList();
        Assert.Equal(["Edellinen", "Seuraava", "Tallenna ja jatka myöhemmin"], buttons);
        // Enter in a field moves forward: the first submit button of the form is a hidden "Next" without a handler of its own.
        var implicitSubmit = page2.QuerySelector("form.survey-form button[type=submit]")!;
        Assert.Equal("implicit-submit", implicitSubmit.ClassName);
        Assert.Null(implicitSubmit.GetAttribute("formaction"));
        var entered = await visitor.SubmitAsync(page2, "form.survey-form", new() { ["a.overall"] = "4" });
        Assert.EndsWith("/3", entered.Headers.Location!.OriginalString);
    }

    [Theory, Databases]
    public async Task A_visitor_answers_section_by_section_and_the_theme_block_follows_the_answers(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, link) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.NetworkSurvey);
        using var visitor = app.NewBrowser();

        // Before an answering period: a clear message and no way in.
        var draft = await visitor.PageAsync($"/fi/s/{link}");
        Assert.Contains("Kysely ei ole vielä avoinna vastauksille.", draft.QuerySelector("[role=status]")!.TextContent);
        await SurveySteps.OpenAsync(coordinator, id, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddDays(7));

        var start = await visitor.PageAsync($"/fi/s/{link}");
        var first = start.QuerySelector<IHtmlAnchorElement>("a.button")!.GetAttribute("href")!;
        var page1 = await visitor.PageAsync(first);
        // The theme blocks hang on a question of this page: both still count until it is answered.
        Assert.Equal("Osa 1/4", page1.QuerySelector(".progress-text")!.TextContent);
        Assert.Equal(2, page1.QuerySelectorAll("fieldset.question legend").Length);

        // Nothing chosen: both required questions are named, linked to their first choice.
        var empty = await visitor.SubmitAsync(page1, "form.survey-form", [], submitter: "button[formaction*=Next]");
        var errors = (await Browser.ParseAsync(empty)).QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#a_role", "#a_themes"], errors);
        Assert.False(await app.WithDbAsync(d => d.SurveyResponses.AnyAsync()));

        // Theme B only: the theme A block is skipped, so the survey has three parts.
        var next = await visitor.SubmitAsync(page1, "form.survey-form", new() { ["a.role"] = "partner" }, new() { ["a.themes"] = ["B"] }, "button[formaction*=Next]");
        var page2 = await visitor.PageAsync(next.Headers.Location!.OriginalString);
        Assert.Equal("Osa 2/3", page2.QuerySelector(".progress-text")!.TextContent);
        Assert.NotNull(page2.QuerySelector("input[name='a.overall'][value='dk']"));
        var toLast = await visitor.SubmitAsync(page2, "form.survey-form", new() { ["a.overall"] = "4", ["a.staff"] = "3" }, submitter: "button[formaction*=Next]");
        var page3 = await visitor.PageAsync(toLast.Headers.Location!.OriginalString);
        Assert.Equal("Lopuksi", page3.QuerySelector("h1")!.TextContent);

        // Save for later: the address brings the answers back.
        var later = await visitor.SubmitAsync(page3, "form.survey-form", new() { ["a.feedback"] = "Hyvä verkosto." }, submitter: "button[formaction*=Later]");
        var saved = await visitor.PageAsync(later.Headers.Location!.OriginalString);
        var resume = new Uri(saved.QuerySelector<IHtmlInputElement>("#resume")!.Value).PathAndQuery;
        Assert.EndsWith("/1", resume);
        var back = await visitor.PageAsync(resume[..^1] + "3");
        Assert.Equal("Hyvä verkosto.", back.QuerySelector<IHtmlTextAreaElement>("textarea[name='a.feedback']")!.Value);

        // Send; sending again (a double click, a retry) stores one response and thanks again.
        var sent = await visitor.SubmitAsync(back, "form.survey-form", new() { ["a.recommend"] = "9" }, submitter: "button[formaction*=Send]");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Kiitos vastauksistasi", (await visitor.PageAsync(sent.Headers.Location!.OriginalString)).QuerySelector("h1")!.TextContent);
        var again = await visitor.SubmitAsync(back, "form.survey-form", new() { ["a.recommend"] = "0" }, submitter: "button[formaction*=Send]");
        Assert.EndsWith("/done", again.Headers.Location!.OriginalString);
        var response = await app.WithDbAsync(d => d.SurveyResponses.SingleAsync());
        Assert.Equal(ResponseStatus.Submitted, response.Status);
        var answers = Answers.FromJson(response.AnswersJson);
        Assert.Equal(["9"], answers.Get("recommend"));
        Assert.Equal(["B"], answers.Get("themes"));
        Assert.False(answers.Has("a1"));

        // Once closed, the link says so.
        await SurveySteps.OpenAsync(coordinator, id, DateTime.UtcNow.AddDays(-2), DateTime.UtcNow.AddMinutes(-1));
        Assert.Contains("eikä ota enää vastauksia", (await visitor.PageAsync($"/fi/s/{link}")).QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync(first)).StatusCode);

        var details = await coordinator.PageAsync($"/fi/surveys/{id}");
        Assert.Contains("1 lähetetty", details.QuerySelector("dl.facts")!.TextContent);
        var exported = await coordinator.Client.GetStringAsync($"/fi/surveys/{id}?handler=Definition");
        Assert.Empty(SurveyFormat.Parse(exported).Errors);
    }

    [Theory, Databases]
    public async Task The_theme_block_is_asked_from_those_in_the_theme_and_a_bad_file_creates_nothing(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));

        var page = await coordinator.PageAsync("/fi/surveys");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Browser.Token(page)), "__af" }, { new StringContent($"n:{network.Id}"), "Owner" },
            { new ByteArrayContent("{ \"sections\": [] }"u8.ToArray()), "DefinitionFile", "rikki.json" },
        };
        var refused = await coordinator.Client.PostAsync("/fi/surveys?handler=Import", form);
        var summary = (await Browser.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Kyselyltä puuttuu suomenkielinen otsikko.", summary);
        Assert.Contains("Kyselyssä on oltava vähintään yksi osio.", summary);
        Assert.False(await app.WithDbAsync(d => d.Surveys.AnyAsync()));

        var (id, link) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.NetworkSurvey);
        await SurveySteps.OpenAsync(coordinator, id, DateTime.UtcNow.AddMinutes(-5));
        using var visitor = app.NewBrowser();
        var first = (await visitor.PageAsync($"/fi/s/{link}")).QuerySelector("a.button")!.GetAttribute("href")!;
        var page1 = await visitor.PageAsync(first);
        var next = await visitor.SubmitAsync(page1, "form.survey-form", new() { ["a.role"] = "lead" }, new() { ["a.themes"] = ["A"] }, "button[formaction*=Next]");
        var page2 = await visitor.PageAsync(next.Headers.Location!.OriginalString);
        var toTheme = await visitor.SubmitAsync(page2, "form.survey-form", new() { ["a.overall"] = "5" }, submitter: "button[formaction*=Next]");
        var theme = await visitor.PageAsync(toTheme.Headers.Location!.OriginalString);
        Assert.Equal("Teema: osallisuus", theme.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, theme.QuerySelectorAll("fieldset.statement legend").Length);
        var half = await visitor.SubmitAsync(theme, "form.survey-form", new() { ["a.a1.voice"] = "4" }, submitter: "button[formaction*=Next]");
        Assert.Equal(["#a_a1_union"], (await Browser.ParseAsync(half)).QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href") ?? "").ToArray());
    }

    [Theory, Databases]
    public async Task Only_those_who_manage_a_survey_see_it(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        using var coordinator = await w.AsAsync(Role.Coordinator);
        var (id, _) = await SurveySteps.CreateAsync(w.App, coordinator, w.Network.Id, SampleSurveys.NetworkSurvey);
        var expected = new Dictionary<Role, HttpStatusCode>
        {
            [Role.Visitor] = HttpStatusCode.Redirect, [Role.Outsider] = HttpStatusCode.Forbidden, [Role.Member] = HttpStatusCode.Forbidden,
            [Role.OtherMember] = HttpStatusCode.Forbidden, [Role.Coordinator] = HttpStatusCode.OK, [Role.OtherCoordinator] = HttpStatusCode.Forbidden,
            [Role.Administrator] = HttpStatusCode.OK,
        };
        foreach (var (role, status) in expected)
        {
            using var browser = await w.AsAsync(role);
            Assert.True(status == (await browser.GetAsync($"/fi/surveys/{id}")).StatusCode, $"{role} details");
            var post = await browser.PostAsync($"/fi/surveys/{id}?handler=Schedule", new() { ["OpensAt"] = "2030-01-01T10:00" });
            Assert.True((status == HttpStatusCode.OK ? HttpStatusCode.Redirect : status) == post.StatusCode, $"{role} schedule");
            Assert.True(status == (await browser.GetAsync($"/fi/surveys/{id}/build")).StatusCode, $"{role} builder");
            Assert.True(status == (await browser.GetAsync($"/fi/surveys/{id}/question?section=background")).StatusCode, $"{role} question form");
            var added = await browser.PostAsync($"/fi/surveys/{id}/question?section=background", new() { ["Input.Type"] = "ShortText", ["Input.TextFi"] = $"Osio {role}" });
            Assert.True((status == HttpStatusCode.OK ? HttpStatusCode.Redirect : status) == added.StatusCode, $"{role} add a question");
            foreach (var path in new[] { "distribution", "compare?by=groups", "preview", "open-answers?question=feedback" })
                Assert.True(status == (await browser.GetAsync($"/fi/surveys/{id}/{path}")).StatusCode, $"{role} {path}");
            var group = await browser.PostAsync($"/fi/surveys/{id}/distribution?handler=Group", new() { ["GroupName"] = $"Ryhmä {role}" });
            Assert.True((status == HttpStatusCode.OK ? HttpStatusCode.Redirect : status) == group.StatusCode, $"{role} add a group");
            var mode = await browser.PostAsync($"/fi/surveys/{id}/distribution?handler=Mode", new() { ["Mode"] = "Named" });
            Assert.True((status == HttpStatusCode.OK ? HttpStatusCode.Redirect : status) == mode.StatusCode, $"{role} anonymity");
            var copy = await browser.PostAsync($"/fi/surveys/{id}?handler=Copy", new() { ["CopyTitle"] = $"Kopio {role}" });
            Assert.True((status == HttpStatusCode.OK ? HttpStatusCode.Redirect : status) == copy.StatusCode, $"{role} copy");
        }
        Assert.Equal(["Ryhmä Administrator", "Ryhmä Coordinator"], await w.App.WithDbAsync(d => d.RespondentGroups.OrderBy(g => g.Name).Select(g => g.Name).ToListAsync()));
        Assert.Equal(3, await w.App.WithDbAsync(d => d.Surveys.CountAsync())); // the original and the two copies
        var titles = await w.App.WithDbAsync(d => d.Surveys.Where(s => s.Id == id).Select(s => s.DefinitionJson).SingleAsync());
        Assert.Contains("Osio Coordinator", titles);
        Assert.Contains("Osio Administrator", titles);
        Assert.DoesNotContain("Osio Member", titles);

        // A project's own survey is managed by its members.
        using var member = await w.AsAsync(Role.Member);
        var page = await member.PageAsync("/fi/surveys");
        Assert.NotNull(page.QuerySelector($"select#Owner option[value='p:{w.Project.Id}']"));
        Assert.Null(page.QuerySelector($"select#Owner option[value='n:{w.Network.Id}']"));
    }
}
