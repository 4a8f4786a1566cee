using System.Net;
using System.Text.Json;
using System.Security.Cryptography;
using AngleSharp.Dom;
using Juurru.Features.Surveys.Reports;
using Juurru.Features.Surveys;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Surveys;

/// <summary>Groups side by side, pre/post pairing by respondent code, picked quotes, and responses imported from CSV.</summary>
public sealed class SurveyComparisonTests
{
    private static SurveyResponse Sent(int surveyId, int? group, string? code, params (string Key, string Value)[] answers)
    {
        var a = new Answers();
        foreach (var (key, value) in answers) a.Set(key, [value]);
        var now = DateTime.UtcNow;
        return new SurveyResponse
        {
            SurveyId = surveyId, Key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(), Status = ResponseStatus.Submitted,
            AnswersJson = a.ToJson(), GroupId = group, RespondentCode = code, StartedAt = now, UpdatedAt = now, SubmittedAt = now,
        };
    }

    [Theory, Databases]
    public async Task Groups_stand_side_by_side_and_a_follow_up_pairs_each_respondent_by_code(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (pre, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        var (post, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        await coordinator.SubmitAsync($"/fi/surveys/{pre}/distribution", "form[action*=Mode]", new() { ["Mode"] = "Pseudonymous" });
        var pairing = await coordinator.SubmitAsync($"/fi/surveys/{post}/distribution", "form[action*=Mode]", new() { ["Mode"] = "Pseudonymous", ["PairedSurveyId"] = pre.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, pairing.StatusCode);
        foreach (var name in new[] { "Lukiot", "Ammattiopistot" })
            await coordinator.SubmitAsync($"/fi/surveys/{post}/distribution", "form[action*=Group]", new() { ["GroupName"] = name });
        var groups = await app.WithDbAsync(d => d.RespondentGroups.ToDictionaryAsync(g => g.Name, g => g.Id));

        // Six people answered both; "En osaa sanoa" before drops one pair from the measure. Two answered only afterwards.
        string[] before = ["2", "2", "3", "3", "4", "dk"], after = ["4", "3", "4", "5", "5", "4"];
        await app.WithDbAsync(async d =>
        {
            for (var i = 0; i < 6; i++)
            {
                d.SurveyResponses.Add(Sent(pre, null, $"KOODI{i}", ("role", "teacher"), ("useful", before[i])));
                d.SurveyResponses.Add(Sent(post, i < 5 ? groups["Lukiot"] : groups["Ammattiopistot"], $"KOODI{i}", ("role", i < 3 ? "teacher" : "counsellor"), ("useful", after[i])));
            }
            d.SurveyResponses.Add(Sent(post, groups["Ammattiopistot"], "MUU1", ("role", "teacher"), ("useful", "1")));
            d.SurveyResponses.Add(Sent(post, groups["Ammattiopistot"], null, ("role", "teacher"), ("useful", "2")));
            return await d.SaveChangesAsync();
        });

        // Groups: Lukiot (5) shown with its own bar; Ammattiopistot (3) suppressed.
        var byGroup = await coordinator.PageAsync($"/fi/surveys/{post}/compare?by=groups");
        var columns = byGroup.QuerySelectorAll("table").First().QuerySelectorAll("tbody tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.Contains(columns, c => c.StartsWith("Lukiot") && c.Contains('5'));
        Assert.Contains(columns, c => c.StartsWith("Ammattiopistot") && c.Contains("alle 5: ei näytetä"));
        var chart = byGroup.QuerySelectorAll("table.data-table").Last();
        Assert.Contains("Lukiot", chart.TextContent);
        Assert.DoesNotContain("Ammattiopistot", chart.TextContent);
        Assert.NotNull((await coordinator.PageAsync($"/fi/surveys/{post}/report")).QuerySelector($"a[href*='compare?by=groups']"));

        // Before and after: 5 valid pairs, 2.8 → 4.2.
        var prePost = await coordinator.PageAsync($"/fi/surveys/{post}/compare?by=prepost");
        Assert.Contains("6 vastaajaa vastasi molempiin", prePost.QuerySelector("#paired-title")!.TextContent);
        var useful = prePost.QuerySelectorAll("#paired-title ~ table tbody tr").Single(r => r.TextContent.Contains("Koulutus oli hyödyllinen"));
        Assert.Equal(["5", "2,80", "4,20", "+1,40"], useful.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray());
        Assert.Contains("Ennen: Palautekysely", prePost.Body!.TextContent);

        // A survey that follows nothing has no comparison; someone who does not manage the earlier survey gets none.
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/fi/surveys/{pre}/compare?by=prepost")).StatusCode);
    }

    [Fact]
    public void Paired_change_leaves_out_dont_know_and_suppresses_small_groups()
    {
        var definition = SurveyFormat.Parse(SampleSurveys.Feedback).Definition!;
        Answers A(string useful, string hours) { var a = new Answers(); a.Set("useful", [useful]); a.Set("hours", [hours]); return a; }
        var pre = new Dictionary<string, Answers> { ["A"] = A("1", "10"), ["B"] = A("2", "10"), ["C"] = A("dk", "10"), ["D"] = A("3", "10"), ["E"] = A("3", "10"), ["F"] = A("4", "2") };
        var post = new Dictionary<string, Answers> { ["A"] = A("3", "12"), ["B"] = A("4", "12"), ["C"] = A("5", "12"), ["D"] = A("4", "12"), ["E"] = A("3", "12"), ["X"] = A("5", "1") };
        var (pairs, rows) = PairedChange.Compute(definition, definition, pre, post, "fi");
        Assert.Equal(5, pairs);
        var hours = rows.Single(r => r.Key == "hours");
        Assert.Equal((5, 10.0, 12.0, 2.0), (hours.Pairs, hours.MeanBefore!.Value, hours.MeanAfter!.Value, hours.MeanChange!.Value));
        var useful = rows.Single(r => r.Key == "useful");
        Assert.True(useful.Suppressed); // four valid pairs: under five
        Assert.Null(useful.MeanChange);
    }

    [Theory, Databases]
    public async Task A_coordinator_filters_open_answers_and_features_quotes_also_in_the_published_report(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        string[] comments = ["Hyvä koulutus, kiitos!", "Liian pitkä päivä.", "Hyvät esimerkit ohjauksesta.", "", "Kahvi loppui."];
        await app.WithDbAsync(async d =>
        {
            foreach (var c in comments) d.SurveyResponses.Add(Sent(id, null, null, ("role", "teacher"), ("useful", "4"), ("comment", c)));
            return await d.SaveChangesAsync();
        });

        var filtered = await coordinator.PageAsync($"/fi/surveys/{id}/open-answers?question=comment&q=hyvä");
        var items = filtered.QuerySelectorAll("ol.open-answers li").ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("2 vastausta", filtered.QuerySelector("#answer-count")!.TextContent);
        var pick = await coordinator.SubmitAsync(filtered, "ol.open-answers li:first-child form", []);
        Assert.Equal(HttpStatusCode.Redirect, pick.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(d => d.FeaturedQuotes.CountAsync()));

        var report = await coordinator.PageAsync($"/fi/surveys/{id}/report");
        Assert.Equal(["Hyvä koulutus, kiitos!"], report.QuerySelectorAll("figure.quotes blockquote").Select(b => b.TextContent).ToArray());
        await coordinator.SubmitAsync(report, "form[action*=Publish]", []);
        var key = await app.WithDbAsync(d => d.Surveys.Where(s => s.Id == id).Select(s => s.ReportKey).SingleAsync());
        using var visitor = app.NewBrowser();
        var published = await visitor.PageAsync($"/fi/surveys/report/{key}");
        Assert.Equal(["Hyvä koulutus, kiitos!"], published.QuerySelectorAll("figure.quotes blockquote").Select(b => b.TextContent).ToArray());
        Assert.DoesNotContain("Kahvi loppui", published.Body!.TextContent);
        using var json = JsonDocument.Parse(await visitor.Client.GetStringAsync($"/api/v1/surveys/{id}/report"));
        var comment = json.RootElement.GetProperty("sections")[0].GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("key").GetString() == "comment");
        Assert.Equal("Hyvä koulutus, kiitos!", comment.GetProperty("quotes")[0].GetString());
        Assert.False(comment.TryGetProperty("texts", out var texts) && texts.ValueKind != JsonValueKind.Null);

        // Taken back: gone from both.
        var again = await coordinator.PageAsync($"/fi/surveys/{id}/open-answers?question=comment&q=hyvä");
        await coordinator.SubmitAsync(again, "ol.open-answers li:first-child form", []);
        Assert.Empty((await visitor.PageAsync($"/fi/surveys/report/{key}")).QuerySelectorAll("figure.quotes"));
        // Only open questions have this page.
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/fi/surveys/{id}/open-answers?question=role")).StatusCode);
    }

    [Theory, Databases]
    public async Task Responses_import_from_csv_all_or_nothing_in_the_export_format_and_in_a_survey_tools_format(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        await coordinator.SubmitAsync($"/fi/surveys/{id}/distribution", "form[action*=Group]", new() { ["GroupName"] = "Päähankkeet" });
        var url = $"/fi/surveys/{id}";

        // Every bad value is named with its row and column; nothing is stored.
        var bad = await SurveySteps.UploadAsync(coordinator, url, "ImportResponses", "ResponsesFile", "vastaukset.csv",
            "role,useful,hours,comment,group\nteacher,4,3,ok,Päähankkeet\nprincipal,6,x,,Nope\n");
        var problems = (await Browser.ParseAsync(bad)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Rivi 3, sarake \"role\": Valitse yksi vaihtoehdoista.", problems);
        Assert.Contains("Rivi 3, sarake \"useful\": Valitse arvo asteikolta.", problems);
        Assert.Contains("Rivi 3, sarake \"hours\": Anna luku", problems);
        Assert.Contains("Rivi 3, sarake \"group\": Kyselyssä ei ole ryhmää \"Nope\".", problems);
        Assert.Contains("Mitään ei tuotu.", problems);
        Assert.Equal(0, await app.WithDbAsync(d => d.SurveyResponses.CountAsync()));
        var workbook = await SurveySteps.UploadAsync(coordinator, url, "ImportResponses", "ResponsesFile", "vastaukset.xlsx", "role\nteacher\n");
        Assert.Contains("Tiedoston on oltava tyyppiä .csv, .txt.", (await Browser.ParseAsync(workbook)).QuerySelector(".error-summary")!.TextContent);

        // A survey tool's export: questions by their text, choices by their text, a column to leave out.
        var tool = await SurveySteps.UploadAsync(coordinator, url, "ImportResponses", "ResponsesFile", "webropol.csv",
            "Aikaleima;Roolisi;Koulutus oli hyödyllinen;Montako tuntia käytit?;Terveiset järjestäjille\n" +
            "2025-03-01 10:00;Opettaja;4 Samaa mieltä;3,5;Kiitos\n2025-03-01 11:00;Opinto-ohjaaja;En osaa sanoa;;\n");
        Assert.Equal(HttpStatusCode.Redirect, tool.StatusCode);
        var message = (await coordinator.PageAsync(url)).QuerySelector("[role=status], .notice, .message")?.TextContent ?? "";
        Assert.Contains("2 vastausta tuotiin", message);
        Assert.Contains("Aikaleima", message);
        var stored = await app.WithDbAsync(d => d.SurveyResponses.OrderBy(r => r.Id).Select(r => r.AnswersJson).ToListAsync());
        Assert.Equal(["counsellor"], Answers.FromJson(stored[1]).Get("role"));
        Assert.Equal(["dk"], Answers.FromJson(stored[1]).Get("useful"));
        Assert.Equal(["3.5"], Answers.FromJson(stored[0]).Get("hours"));

        // Round trip: this survey's export imported into its copy gives the same report.
        var csv = await coordinator.Client.GetStringAsync($"{url}?handler=Responses&format=csv");
        var copied = await coordinator.PostAsync($"{url}?handler=Copy", new() { ["CopyTitle"] = "Koulutuspalaute, toinen kierros" });
        var copy = int.Parse(copied.Headers.Location!.OriginalString.Split('/').Last());
        await coordinator.SubmitAsync($"/fi/surveys/{copy}/distribution", "form[action*=Group]", new() { ["GroupName"] = "Päähankkeet" });
        Assert.Equal(HttpStatusCode.Redirect, (await SurveySteps.UploadAsync(coordinator, $"/fi/surveys/{copy}", "ImportResponses", "ResponsesFile", "vienti.csv", csv.TrimStart('\uFEFF'))).StatusCode);
        static string Figures(string json) => JsonDocument.Parse(json).RootElement.GetProperty("sections").GetRawText();
        Assert.Equal(Figures(await coordinator.Client.GetStringAsync($"/api/v1/surveys/{id}/report")),
            Figures(await coordinator.Client.GetStringAsync($"/api/v1/surveys/{copy}/report")));
        Assert.Equal("Koulutuspalaute, toinen kierros", await app.WithDbAsync(d => d.Surveys.Where(s => s.Id == copy).Select(s => s.Title).SingleAsync()));
    }
}
