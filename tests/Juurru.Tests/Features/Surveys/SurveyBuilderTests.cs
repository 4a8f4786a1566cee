using System.Net;
using AngleSharp.Dom;
using Juurru.Features.Shared;
using Juurru.Features.Surveys;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Surveys;

/// <summary>A coordinator builds a survey in the builder as a new user would, opens it, and it is answered.</summary>
public sealed class SurveyBuilderTests
{
    /// <summary>Coordinators type Finnish wall-clock times, whatever zone the server runs in (UTC in CI and often in production).</summary>
    [Theory, Databases]
    public async Task The_opening_time_is_typed_and_shown_in_Helsinki_time(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var created = await coordinator.SubmitAsync("/fi/surveys", "form[action*=Create]", new() { ["Owner"] = $"n:{network.Id}", ["NewTitle"] = "Aikakysely" });
        var build = created.Headers.Location!.OriginalString;
        var id = int.Parse(build.Split('/')[^2]);
        await coordinator.SubmitAsync(build, "form[action*=AddSection]", new() { ["TitleFi"] = "Osio" });
        await coordinator.SubmitAsync($"/fi/surveys/{id}/question?section=s1", "form.form", new() { ["Input.Type"] = "ShortText", ["Input.TextFi"] = "Terveiset" });

        var scheduled = await coordinator.SubmitAsync($"/fi/surveys/{id}", "form[action*=Schedule]", new() { ["OpensAt"] = "2030-01-01T10:00", ["ClosesAt"] = "2030-06-30T16:00" });

        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var survey = await app.WithDbAsync(d => d.Surveys.SingleAsync(s => s.Id == id));
        Assert.Equal(new DateTime(2030, 1, 1, 8, 0, 0, DateTimeKind.Utc), survey.OpensAt); // winter: UTC+2
        Assert.Equal(new DateTime(2030, 6, 30, 13, 0, 0, DateTimeKind.Utc), survey.ClosesAt); // summer: UTC+3
        var page = await coordinator.PageAsync($"/fi/surveys/{id}");
        Assert.StartsWith("2030-01-01T10:00", page.QuerySelector("#OpensAt")!.GetAttribute("value"));
        var start = await app.NewBrowser().PageAsync($"/fi/s/{survey.LinkKey}");
        Assert.Contains("1.1.2030 klo 10.00", start.Body!.TextContent);
    }

    [Theory, Databases]
    public async Task A_survey_built_with_the_forms_is_answered_with_its_condition(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));

        var created = await coordinator.SubmitAsync("/fi/surveys", "form[action*=Create]", new() { ["Owner"] = $"n:{network.Id}", ["NewTitle"] = "Teemakysely" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var build = created.Headers.Location!.OriginalString;
        var id = int.Parse(build.Split('/')[^2]);

        var noTitle = await coordinator.SubmitAsync(build, "form[action*=AddSection]", new() { ["TitleFi"] = "" });
        Assert.Contains("Anna osiolle otsikko suomeksi.", (await Browser.ParseAsync(noTitle)).QuerySelector(".error-summary")!.TextContent);
        await coordinator.SubmitAsync(build, "form[action*=AddSection]", new() { ["TitleFi"] = "Taustatiedot", ["TitleSv"] = "Bakgrund" });
        await coordinator.SubmitAsync(build, "form[action*=AddSection]", new() { ["TitleFi"] = "Teema A" });

        // A choice question needs choices: refused with the reason, nothing stored.
        var questionUrl = $"/fi/surveys/{id}/question?section=s1";
        var bad = await coordinator.SubmitAsync(questionUrl, "form.form", new() { ["Input.Type"] = "MultipleChoice", ["Input.TextFi"] = "Mihin teemoihin osallistuit?", ["Input.LinesFi"] = "Vain yksi" });
        Assert.Contains("vähintään 2 vaihtoehtoa", (await Browser.ParseAsync(bad)).QuerySelector(".error-summary")!.TextContent);
        var saved = await coordinator.SubmitAsync(questionUrl, "form.form", new()
        {
            ["Input.Type"] = "MultipleChoice", ["Input.TextFi"] = "Mihin teemoihin osallistuit?", ["Input.Required"] = "true",
            ["Input.LinesFi"] = "Osallisuus\nHyvinvointi\nArjenhallinta", ["Input.LinesSv"] = "Delaktighet\nVälmående\nVardagskompetens", ["Input.MinPicks"] = "1",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // The theme question offers the earlier question's choices as its condition.
        var themePage = await coordinator.PageAsync($"/fi/surveys/{id}/question?section=s2");
        Assert.Equal(["", "q1:1", "q1:2", "q1:3"], themePage.QuerySelectorAll("#Input_ShowIf option").Select(o => o.GetAttribute("value") ?? "").ToArray());
        await coordinator.SubmitAsync(themePage, "form.form", new()
        {
            ["Input.Type"] = "Likert", ["Input.TextFi"] = "Osallisuus vahvistui", ["Input.Required"] = "true", ["Input.DontKnow"] = "true",
            ["Input.ScaleMin"] = "1", ["Input.ScaleMax"] = "5", ["Input.MinLabelFi"] = "Täysin eri mieltä", ["Input.MaxLabelFi"] = "Täysin samaa mieltä",
            ["Input.ShowIf"] = "q1:1",
        });

        // An empty section keeps the survey from opening.
        await coordinator.SubmitAsync(build, "form[action*=AddSection]", new() { ["TitleFi"] = "Tyhjä" });
        var schedule = new Dictionary<string, string> { ["OpensAt"] = Dates.ToHelsinki(DateTime.UtcNow.AddMinutes(-5)).ToString("yyyy-MM-ddTHH:mm"), ["ClosesAt"] = "" };
        var refused = await coordinator.SubmitAsync($"/fi/surveys/{id}", "form[action*=Schedule]", schedule);
        Assert.Contains("Osiossa s3 ei ole kysymyksiä.", (await Browser.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(3, (await coordinator.PageAsync(build)).QuerySelectorAll("form[action*=RemoveSection]").Length);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostAsync(build + "?handler=RemoveSection", new() { ["section"] = "s3" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync($"/fi/surveys/{id}", "form[action*=Schedule]", schedule)).StatusCode);

        var survey = await app.WithDbAsync(d => d.Surveys.SingleAsync(s => s.Id == id));
        Assert.Equal(["s1", "s2"], survey.Definition.Sections.Select(s => s.Key));
        Assert.Equal("Välmående", survey.Definition.Question("q1")!.Options[1].Text.Sv);
        Assert.Equal(new[] { "1" }, survey.Definition.Question("q2")!.ShowIf!.Values);

        // Answered: only those in theme 1 get the theme page.
        foreach (var (themes, parts) in new[] { ("2", 1), ("1", 2) })
        {
            using var visitor = app.NewBrowser();
            var first = (await visitor.PageAsync($"/fi/s/{survey.LinkKey}")).QuerySelector("a.button")!.GetAttribute("href")!;
            var page1 = await visitor.PageAsync(first);
            var next = await visitor.SubmitAsync(page1, "form.survey-form", [], new() { ["a.q1"] = [themes] },
                parts == 1 ? "button[formaction*=Send]" : "button[formaction*=Next]");
            Assert.EndsWith(parts == 1 ? "/done" : "/2", next.Headers.Location!.OriginalString);
        }
    }

    [Theory, Databases]
    public async Task A_section_is_given_a_condition_in_the_builder_and_the_preview_shows_every_part(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, link) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.NetworkSurvey);
        var build = $"/fi/surveys/{id}/build";

        // The last part only for coordinators: chosen among the earlier parts' choices.
        var page = await coordinator.PageAsync(build);
        var select = page.QuerySelector("select#show-open")!;
        Assert.Contains(select.QuerySelectorAll("option"), o => o.GetAttribute("value") == "role:lead");
        Assert.DoesNotContain(page.QuerySelectorAll("select#show-background option"), o => true); // the first part has nothing before it
        var saved = await coordinator.SubmitAsync(page, "form[action*=SectionCondition]:has(input[value=open])", new() { ["showIf"] = "role:lead" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var definition = SurveyFormat.FromStored(await app.WithDbAsync(d => d.Surveys.Where(s => s.Id == id).Select(s => s.DefinitionJson).SingleAsync()));
        var condition = definition.Sections.Single(s => s.Key == "open").ShowIf!;
        Assert.Equal(("role", ConditionOperator.AnyOf, "lead"), (condition.Question, condition.Operator, condition.Values.Single()));

        // A condition on a later answer is refused and changes nothing.
        var later = await coordinator.PostAsync($"{build}?handler=SectionCondition", new() { ["section"] = "background", ["showIf"] = "role:lead" });
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.NotNull((await Browser.ParseAsync(later)).QuerySelector(".error-summary"));
        definition = SurveyFormat.FromStored(await app.WithDbAsync(d => d.Surveys.Where(s => s.Id == id).Select(s => s.DefinitionJson).SingleAsync()));
        Assert.Null(definition.Sections.Single(s => s.Key == "background").ShowIf);

        // Preview: every part with its questions and the conditions named; nothing is stored.
        var preview = await coordinator.PageAsync($"/fi/surveys/{id}/preview");
        Assert.Equal(4, preview.QuerySelectorAll("article.survey section h2").Length);
        Assert.Contains("Näytetään, kun vastaus kysymykseen \"Roolisi hankkeessa\" on Koordinaattori tai päätoteuttaja.", preview.Body!.TextContent);
        Assert.NotNull(preview.QuerySelector("input[name='a.recommend']"));
        Assert.Null(preview.QuerySelector("form.survey-form"));
        Assert.Equal(0, await app.WithDbAsync(d => d.SurveyResponses.CountAsync()));

        // Back to everyone.
        page = await coordinator.PageAsync(build);
        await coordinator.SubmitAsync(page, "form[action*=SectionCondition]:has(input[value=open])", new() { ["showIf"] = "" });
        definition = SurveyFormat.FromStored(await app.WithDbAsync(d => d.Surveys.Where(s => s.Id == id).Select(s => s.DefinitionJson).SingleAsync()));
        Assert.Null(definition.Sections.Single(s => s.Key == "open").ShowIf);
    }
}
