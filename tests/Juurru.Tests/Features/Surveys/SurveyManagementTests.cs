using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Juurru.Features.Practices;
using Juurru.Features.Surveys;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juurru.Tests.Features.Surveys;

/// <summary>What a coordinator does to a survey besides its questions, without its JSON: texts and languages, opening and closing at once, naming a copy, deleting test answers.</summary>
public sealed class SurveyManagementTests
{
    [Theory, Databases]
    public async Task The_settings_page_changes_title_languages_and_thank_you_text(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, link) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        var settings = await coordinator.PageAsync($"/fi/surveys/{id}/settings");
        Assert.Equal("Palautekysely", settings.QuerySelector<IHtmlInputElement>("#Input_TitleFi")!.Value);

        var saved = await coordinator.SubmitAsync(settings, "form.form", new()
        {
            ["Input.TitleFi"] = "Palautekysely 2026", ["Input.TitleEn"] = "Feedback 2026",
            ["Input.ThankYouFi"] = "Tulokset julkaistaan **toukokuussa**.", ["Input.ThankYouEn"] = "Results in **May**.",
        }, new() { ["Input.Languages"] = ["en", "fi"] });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var survey = await app.WithDbAsync(d => d.Surveys.SingleAsync(s => s.Id == id));
        Assert.Equal("Palautekysely 2026", survey.Title);
        Assert.Equal(["fi", "en"], survey.Definition.Languages); // Finnish first whatever order the boxes came in
        await SurveySteps.OpenAsync(coordinator, id, DateTime.UtcNow.AddMinutes(-1));
        using var visitor = app.NewBrowser();
        await SurveySteps.AnswerAsync(visitor, $"/en/s/{link}", "teacher", "4");
        var key = await app.WithDbAsync(d => d.SurveyResponses.Select(r => r.Key).SingleAsync());
        var done = await visitor.PageAsync($"/en/s/{link}/{key}/done");
        Assert.Equal("May", done.QuerySelector("main strong")!.TextContent);
        // The respondent's language switch offers only the survey's languages.
        var languages = done.QuerySelectorAll("[hreflang]").Select(a => a.GetAttribute("hreflang")).ToList();
        Assert.Contains("fi", languages);
        Assert.DoesNotContain("sv", languages);
    }

    [Theory, Databases]
    public async Task Settings_without_a_language_or_a_finnish_title_are_refused_and_nothing_changes(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        var settings = await coordinator.PageAsync($"/fi/surveys/{id}/settings");

        var refused = await coordinator.SubmitAsync(settings, "form.form", new() { ["Input.TitleFi"] = " " }, new() { ["Input.Languages"] = [] });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var summary = (await Browser.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Tarjoa kysely vähintään yhdellä kielellä.", summary);
        Assert.Contains("Kyselyltä puuttuu suomenkielinen otsikko.", summary);
        var survey = await app.WithDbAsync(d => d.Surveys.SingleAsync(s => s.Id == id));
        Assert.Equal("Palautekysely", survey.Title);
        Assert.Equal(["fi", "sv"], survey.Definition.Languages);
    }

    [Theory, Databases]
    public async Task Open_now_and_close_now_set_the_period_and_are_recorded(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, link) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        using var visitor = app.NewBrowser();

        var opened = await coordinator.SubmitAsync($"/fi/surveys/{id}", "form[action*=OpenNow]", []);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.NotNull((await visitor.PageAsync($"/fi/s/{link}")).QuerySelector("a.button"));

        var closed = await coordinator.SubmitAsync($"/fi/surveys/{id}", "form[action*=CloseNow]", []);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Contains("eikä ota enää vastauksia", (await visitor.PageAsync($"/fi/s/{link}")).QuerySelector("[role=status]")!.TextContent);
        var history = (await coordinator.PageAsync($"/fi/surveys/{id}")).QuerySelectorAll("ul.history li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains("Testi coordinator", history[0]);
        Assert.Contains("sulki kyselyn", history[0]); // newest first
        Assert.Contains("avasi kyselyn", history[1]);

        // Opening again drops the closing time that has passed.
        await coordinator.SubmitAsync($"/fi/surveys/{id}", "form[action*=OpenNow]", []);
        Assert.Null(await app.WithDbAsync(d => d.Surveys.Where(s => s.Id == id).Select(s => s.ClosesAt).SingleAsync()));
    }

    [Theory, Databases]
    public async Task A_survey_without_questions_does_not_open_now(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var created = await coordinator.SubmitAsync("/fi/surveys", "form[action*=Create]", new() { ["Owner"] = $"n:{network.Id}", ["NewTitle"] = "Tyhjä" });
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^2]);

        var refused = await coordinator.SubmitAsync($"/fi/surveys/{id}", "form[action*=OpenNow]", []);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await Browser.ParseAsync(refused)).QuerySelector(".error-summary"));
        Assert.Null(await app.WithDbAsync(d => d.Surveys.Where(s => s.Id == id).Select(s => s.OpensAt).SingleAsync()));
        Assert.False(await app.WithDbAsync(d => d.SurveyHistory.AnyAsync()));
    }

    [Theory, Databases]
    public async Task A_copy_is_named_as_the_coordinator_says_and_a_nameless_one_is_refused(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        var details = await coordinator.PageAsync($"/fi/surveys/{id}");
        Assert.Equal("Palautekysely", details.QuerySelector<IHtmlInputElement>("#CopyTitle")!.Value);

        var nameless = await coordinator.SubmitAsync(details, "form[action*=Copy]", new() { ["CopyTitle"] = "" });
        Assert.Equal(HttpStatusCode.OK, nameless.StatusCode);
        Assert.Contains("Anna kopiolle nimi.", (await Browser.ParseAsync(nameless)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(1, await app.WithDbAsync(d => d.Surveys.CountAsync()));

        var copied = await coordinator.SubmitAsync(details, "form[action*=Copy]", new() { ["CopyTitle"] = "Palautekysely, syksy 2026" });
        var copy = int.Parse(copied.Headers.Location!.OriginalString.Split('/').Last());
        var survey = await app.WithDbAsync(d => d.Surveys.SingleAsync(s => s.Id == copy));
        Assert.Equal("Palautekysely, syksy 2026", survey.Title);
        Assert.Equal("Responsenkät", survey.Definition.Title.Sv);
        Assert.Null(survey.OpensAt);
    }

    [Theory, Databases]
    public async Task Deleting_a_test_response_takes_its_files_and_quotes_and_frees_the_named_invitee(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        var invitation = await app.WithDbAsync(async d =>
        {
            var s = await d.Surveys.SingleAsync(x => x.Id == id);
            s.Anonymity = Anonymity.Named;
            var i = new Invitation { SurveyId = id, Email = "testi@example.org", Answered = true };
            d.SurveyInvitations.Add(i);
            await d.SaveChangesAsync();
            return i.Id;
        });
        var test = await app.SurveyResponseAsync(id, new Dictionary<string, string> { ["role"] = "teacher", ["comment"] = "TESTI, älä huomioi" }, invitationId: invitation);
        var real = await app.SurveyResponseAsync(id, new Dictionary<string, string> { ["role"] = "counsellor", ["comment"] = "Hyvä koulutus" });
        var store = app.Services.GetRequiredService<AttachmentStore>();
        var storedName = $"{Guid.NewGuid():N}.pdf";
        Directory.CreateDirectory(Path.GetDirectoryName(store.PathOf(storedName))!); // made by the first upload otherwise
        await File.WriteAllTextAsync(store.PathOf(storedName), "%PDF-1.4");
        await app.WithDbAsync(async d =>
        {
            d.SurveyFiles.Add(new SurveyFile { SurveyId = id, ResponseKey = test.Key, QuestionKey = "comment", FileName = "liite.pdf", StoredName = storedName });
            d.FeaturedQuotes.Add(new FeaturedQuote { SurveyId = id, ResponseId = test.Id, QuestionKey = "comment" });
            await d.SaveChangesAsync();
        });

        var list = await coordinator.PageAsync($"/fi/surveys/{id}/responses");
        var rows = list.QuerySelectorAll("ol.response-list > li").ToList();
        Assert.Equal(2, rows.Count);
        var testRow = rows.Single(r => r.TextContent.Contains("TESTI, älä huomioi"));
        var deleted = await coordinator.SubmitAsync(list, $"form[action*='response={test.Id}']", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal([real.Id], await app.WithDbAsync(d => d.SurveyResponses.Select(r => r.Id).ToListAsync()));
        Assert.False(await app.WithDbAsync(d => d.SurveyFiles.AnyAsync()));
        Assert.False(File.Exists(store.PathOf(storedName)));
        Assert.False(await app.WithDbAsync(d => d.FeaturedQuotes.AnyAsync()));
        Assert.False(await app.WithDbAsync(d => d.SurveyInvitations.Where(i => i.Id == invitation).Select(i => i.Answered).SingleAsync()));
        var entry = await app.WithDbAsync(d => d.SurveyHistory.SingleAsync());
        Assert.Equal((SurveyAction.ResponseDeleted, 1, "Testi coordinator"), (entry.Action, entry.Count, entry.UserName));
        Assert.NotNull(testRow.QuerySelector("details.confirm summary"));
    }

    [Theory, Databases]
    public async Task Emptying_all_responses_needs_the_confirmation_box_and_then_deletes_sent_and_started_ones(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        var (other, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        await app.SurveyResponseAsync(id, new Dictionary<string, string> { ["role"] = "teacher" });
        await app.SurveyResponseAsync(id, new Dictionary<string, string> { ["role"] = "counsellor" });
        await app.SurveyResponseAsync(id, new Dictionary<string, string> { ["role"] = "teacher" }, ResponseStatus.InProgress);
        var kept = await app.SurveyResponseAsync(other, new Dictionary<string, string> { ["role"] = "teacher" });

        var unconfirmed = await coordinator.SubmitAsync($"/fi/surveys/{id}/responses", "form[action*=Empty]", []);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Vahvista", (await Browser.ParseAsync(unconfirmed)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(4, await app.WithDbAsync(d => d.SurveyResponses.CountAsync()));

        var emptied = await coordinator.SubmitAsync($"/fi/surveys/{id}/responses", "form[action*=Empty]", new() { ["ConfirmEmpty"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, emptied.StatusCode);
        Assert.Equal([kept.Id], await app.WithDbAsync(d => d.SurveyResponses.Select(r => r.Id).ToListAsync()));
        var entry = await app.WithDbAsync(d => d.SurveyHistory.SingleAsync());
        Assert.Equal((SurveyAction.ResponsesEmptied, 3, id), (entry.Action, entry.Count, entry.SurveyId));
        Assert.Contains("poisti kaikki vastaukset (3)", (await coordinator.PageAsync($"/fi/surveys/{id}")).QuerySelector("ul.history")!.TextContent);
    }
}
