using Juurru.Features.Surveys.Reports;
using System.Net;
using System.Text.Json;
using Juurru.Features.Surveys;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.Surveys;

/// <summary>The report's figures: bases, "Don't know" out of the mean, NPS, quartiles; and who may see them.</summary>
public sealed class SurveyReportTests
{
    private static Answers A(params (string Key, string[] Values)[] values)
    {
        var a = new Answers();
        foreach (var (key, v) in values) a.Set(key, v);
        return a;
    }

    private static ReportFigures Sample() => SurveyReport.Compute(1, SurveyFormat.Parse(SampleSurveys.NetworkSurvey).Definition!,
    [
        A(("role", ["lead"]), ("themes", ["A", "B"]), ("overall", ["5"]), ("staff", ["2"]), ("a1.voice", ["4"]), ("a1.union", ["dk"]), ("recommend", ["10"])),
        A(("role", ["partner"]), ("themes", ["A"]), ("overall", ["4"]), ("staff", ["4"]), ("a1.voice", ["2"]), ("a1.union", ["5"]), ("recommend", ["9"])),
        A(("role", ["partner"]), ("themes", ["B"]), ("overall", ["dk"]), ("staff", ["10"]), ("recommend", ["6"]), ("feedback", ["Lisää tapaamisia."])),
        A(("role", ["partner"]), ("themes", ["C"]), ("overall", ["3"]), ("recommend", ["7"])),
    ], "fi");

    private static QuestionFigures Q(ReportFigures f, string key) => f.Sections.SelectMany(s => s.Questions).Single(q => q.Key == key);

    [Fact]
    public void Choices_count_single_picks_of_those_who_answered_and_multiple_picks_of_those_shown()
    {
        var f = Sample();
        Assert.Equal(4, f.Responses);
        Assert.Equal([(1, 25.0), (3, 75.0)], Q(f, "role").Choices!.Select(c => (c.Count, c.Percent)));
        // Themes: 4 respondents, 5 picks; each share is of the 4 (A 50 %, B 50 %, C 25 %), not of the picks.
        Assert.Equal([50.0, 50.0, 25.0], Q(f, "themes").Choices!.Select(c => c.Percent));
    }

    [Fact]
    public void Dont_know_is_shown_and_counted_but_left_out_of_the_mean()
    {
        var overall = Assert.Single(Q(Sample(), "overall").Scales!);
        Assert.Equal(4, overall.N);
        Assert.Equal(3, overall.Valid);
        Assert.Equal(4.0, overall.Mean);
        Assert.Equal(1.0, overall.StandardDeviation);
        Assert.Equal((1, 25.0), (overall.DontKnow!.Count, overall.DontKnow.Percent));
        Assert.Equal(100.0, overall.Values.Sum(v => v.Percent) + overall.DontKnow.Percent);
    }

    [Fact]
    public void A_theme_block_counts_only_those_shown_it_and_a_matrix_reports_each_statement()
    {
        var a1 = Q(Sample(), "a1");
        Assert.Equal((2, 2), (a1.Seen, a1.N));
        Assert.Equal(["a1.voice", "a1.union"], a1.Scales!.Select(s => s.Key));
        Assert.Equal(3.0, a1.Scales![0].Mean);
        Assert.Equal((2, 1, 5.0), (a1.Scales![1].N, a1.Scales![1].Valid, a1.Scales![1].Mean!.Value));
    }

    [Fact]
    public void Recommendation_gives_nps_and_numbers_give_median_and_quartiles()
    {
        var f = Sample();
        Assert.Equal(new NpsFigures(2, 1, 1, 25.0), Q(f, "recommend").Nps);
        Assert.Equal(new NumberFigures(5.33, 4, 3, 7, 2, 10), Q(f, "staff").Numbers);
        Assert.Equal(["Lisää tapaamisia."], Q(f, "feedback").Texts);
    }

    [Theory, Databases]
    public async Task The_report_page_and_api_are_for_those_who_manage_the_survey(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var id = await w.App.WithDbAsync(async ctx =>
        {
            var survey = new Survey { NetworkId = w.Network.Id, OpensAt = DateTime.UtcNow.AddDays(-1), CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            survey.Define(SurveyFormat.Parse(SampleSurveys.NetworkSurvey).Definition!);
            ctx.Surveys.Add(survey);
            await ctx.SaveChangesAsync();
            ctx.SurveyResponses.Add(new SurveyResponse
            {
                SurveyId = survey.Id, Key = Guid.NewGuid().ToString("N"), Status = ResponseStatus.Submitted, StartedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                AnswersJson = A(("role", ["lead"]), ("themes", ["B"]), ("overall", ["4"]), ("recommend", ["10"]), ("feedback", ["Vain koordinaattorille"])).ToJson(),
            });
            ctx.SurveyResponses.Add(new SurveyResponse
            {
                SurveyId = survey.Id, Key = Guid.NewGuid().ToString("N"), Status = ResponseStatus.InProgress, StartedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                AnswersJson = A(("role", ["partner"])).ToJson(),
            });
            await ctx.SaveChangesAsync();
            return survey.Id;
        });

        using var coordinator = await w.AsAsync(Role.Coordinator);
        var page = await coordinator.PageAsync($"/fi/surveys/{id}/report");
        Assert.StartsWith("Vastauksia: 1 · ", page.QuerySelector("main p.report-facts")?.TextContent ?? page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("figure.chart svg[role=img]"));
        Assert.Equal(4, page.QuerySelectorAll("figure.chart").Length);
        Assert.All(page.QuerySelectorAll("figure.chart"), f => Assert.Equal("TABLE", f.NextElementSibling?.TagName)); // every chart has its data table
        using var json = JsonDocument.Parse(await coordinator.Client.GetStringAsync($"/api/v1/surveys/{id}/report"));
        Assert.Equal(1, json.RootElement.GetProperty("responses").GetInt32()); // the unsent response does not count
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/v1/surveys/{id}")).StatusCode);

        // Exports: one row per sent response, answer codes under the question keys; the same in CSV and Excel.
        var csv = (await coordinator.Client.GetStringAsync($"/fi/surveys/{id}?handler=Responses&format=csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, csv.Length);
        var header = csv[0].Split(',');
        var row = csv[1].Split(',');
        Assert.Equal(["response", "submitted", "language", "group", "role", "themes.A", "themes.B", "themes.C", "overall", "staff", "a1.voice", "a1.union", "recommend", "feedback"], header);
        Assert.Equal(["lead", "0", "1", "0", "4", "", "", "", "10", "Vain koordinaattorille"], row[4..]);
        await using var xlsx = await coordinator.Client.GetStreamAsync($"/fi/surveys/{id}?handler=Responses&format=xlsx-codes");
        using var copy = new MemoryStream();
        await xlsx.CopyToAsync(copy);
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(copy, false);
        var first = workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First();
        var rows = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.WorkbookPart.GetPartById(first.Id!)).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        Assert.Equal(2, rows.Count);
        var cells = rows[1].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
        Assert.Equal("lead", cells[4].InnerText);
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, cells[8].DataType!.Value);
        Assert.Equal("4", cells[8].CellValue!.Text);

        // The report as one HTML file: styles inline, charts and tables, no navigation or links back into the site.
        var file = await coordinator.GetAsync($"/fi/surveys/{id}/report?handler=Html");
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType ?? file.Headers.GetValues("Content-Disposition").First().Split(';')[0]);
        var standalone = await Browser.ParseAsync(file);
        Assert.NotNull(standalone.QuerySelector("head style"));
        Assert.Null(standalone.QuerySelector("nav"));
        Assert.Null(standalone.QuerySelector("link[rel=stylesheet], script"));
        Assert.Empty(standalone.QuerySelectorAll("a[href^='/']"));
        Assert.Equal(4, standalone.QuerySelectorAll("figure.chart svg").Length);

        // A filtered group under five respondents is not shown.
        var small = await coordinator.PageAsync($"/fi/surveys/{id}/report?filter=role:lead");
        Assert.Contains("alle 5 vastaajaa", small.QuerySelector("[role=status]")!.TextContent);
        Assert.Empty(small.QuerySelectorAll("figure.chart"));
        using var filtered = JsonDocument.Parse(await coordinator.Client.GetStringAsync($"/api/v1/surveys/{id}/report?filter=role:lead"));
        Assert.True(filtered.RootElement.GetProperty("suppressed").GetBoolean());

        foreach (var role in new[] { Role.Visitor, Role.Outsider, Role.Member, Role.OtherCoordinator })
        {
            using var browser = await w.AsAsync(role);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/surveys/{id}/report")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/surveys/{id}")).StatusCode);
            Assert.Equal(role == Role.Visitor ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden, (await browser.GetAsync($"/fi/surveys/{id}/report")).StatusCode);
            Assert.Equal(role == Role.Visitor ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden, (await browser.GetAsync($"/fi/surveys/{id}?handler=Responses&format=csv")).StatusCode);
            Assert.Equal(role == Role.Visitor ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden, (await browser.PostAsync($"/fi/surveys/{id}/report?handler=Publish")).StatusCode);
        }

        // Published: the figures at a public address and in the API, the open answers left out.
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync($"/fi/surveys/{id}/report", "form[action*=Publish]", [])).StatusCode);
        var publicUrl = (await coordinator.PageAsync($"/fi/surveys/{id}/report")).QuerySelector(".tool-links a[href*='/surveys/report/']")!.GetAttribute("href")!;
        using var visitor = w.App.NewBrowser();
        var published = await visitor.PageAsync(publicUrl);
        Assert.Equal(4, published.QuerySelectorAll("figure.chart").Length);
        Assert.DoesNotContain("Vain koordinaattorille", published.Body!.TextContent);
        Assert.Contains("Vain koordinaattorille", (await coordinator.PageAsync($"/fi/surveys/{id}/report")).Body!.TextContent);
        using var open = JsonDocument.Parse(await visitor.Client.GetStringAsync($"/api/v1/surveys/{id}/report"));
        Assert.Equal(1, open.RootElement.GetProperty("responses").GetInt32());
        Assert.DoesNotContain("Vain koordinaattorille", open.RootElement.GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/v1/surveys/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync($"/fi/surveys/{id}/report", "form[action*=Unpublish]", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(publicUrl)).StatusCode);
    }
}
