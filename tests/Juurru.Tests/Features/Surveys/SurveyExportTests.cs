using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juurru.Features.Surveys;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Surveys;

/// <summary>The response exports as people open them, whatever the respondents typed.</summary>
public sealed class SurveyExportTests
{
    private static async Task<List<List<string>>> XlsxAsync(Browser coordinator, string url) => (await WorkbookAsync(coordinator, url)).Values.First();

    private static async Task<Dictionary<string, List<List<string>>>> WorkbookAsync(Browser coordinator, string url) =>
        await Workbooks.ReadAsync(await coordinator.GetAsync(url));

    /// <summary>A sent response stored as it is, at a given time: for figures that need exact answers.</summary>
    private static Task StoreAsync(JuurruApp app, int surveyId, DateTime sentUtc, params (string Key, string Value)[] given) => app.WithDbAsync(async d =>
    {
        var answers = new Answers();
        foreach (var (key, value) in given) answers.Set(key, [value]);
        d.SurveyResponses.Add(new SurveyResponse
        {
            SurveyId = surveyId, Key = SurveyResponse.NewKey(), Status = ResponseStatus.Submitted, AnswersJson = answers.ToJson(),
            Language = "fi", StartedAt = sentUtc, UpdatedAt = sentUtc, SubmittedAt = sentUtc,
        });
        return await d.SaveChangesAsync();
    });

    private static Task NamedAsync(JuurruApp app, int surveyId) =>
        app.WithDbAsync(d => d.Surveys.Where(s => s.Id == surveyId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Anonymity, Anonymity.Named)));

    private static readonly DateTime Sent = new(2026, 6, 1, 9, 30, 0, DateTimeKind.Utc); // 12.30 in Helsinki (summer time)

    [Theory, Databases]
    public async Task The_workbook_for_people_has_the_questions_their_labels_and_Helsinki_times(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        await NamedAsync(app, id);
        await StoreAsync(app, id, Sent, ("role", "counsellor"), ("useful", "dk"), ("hours", "1.5"));
        var rows = (await WorkbookAsync(coordinator, $"/fi/surveys/{id}?handler=Responses&format=xlsx"))["Vastaukset"];
        Assert.Equal(["Vastaus", "Lähetetty", "Kieli", "Ryhmä", "Nimi", "Sähköposti", "Roolisi", "Koulutus oli hyödyllinen", "Montako tuntia käytit?", "Terveiset järjestäjille"], rows[0]);
        Assert.Equal(new DateTime(2026, 6, 1, 12, 30, 0), DateTime.FromOADate(double.Parse(rows[1][1], CultureInfo.InvariantCulture)));
        Assert.Equal(["Opinto-ohjaaja", "En osaa sanoa", "1.5"], rows[1][6..9]);
    }

    [Theory, Databases]
    public async Task The_CSV_for_Excel_has_semicolons_decimal_commas_labels_and_a_byte_order_mark(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        await NamedAsync(app, id);
        await StoreAsync(app, id, Sent, ("role", "teacher"), ("useful", "4"), ("hours", "-2.5"), ("comment", "Hyvä; selkeä"));
        var bytes = await (await coordinator.GetAsync($"/fi/surveys/{id}?handler=Responses&format=csv-excel")).Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Vastaus;Lähetetty;Kieli;Ryhmä;Nimi;Sähköposti;Roolisi;", lines[0]);
        Assert.EndsWith(";2026-06-01 12:30;fi;;;;Opettaja;4;-2,5;\"Hyvä; selkeä\"", lines[1]);

        // The machine form stays as programs and the response import read it: codes, commas, decimal points, UTC.
        var machine = (await coordinator.Client.GetStringAsync($"/fi/surveys/{id}?handler=Responses&format=csv")).TrimStart('\uFEFF').Split("\r\n");
        Assert.EndsWith(",2026-06-01T09:30:00Z,fi,,,,teacher,4,-2.5,Hyvä; selkeä", machine[1]);
    }

    [Theory, Databases]
    public async Task A_typed_formula_reaches_the_spreadsheet_as_text(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        await StoreAsync(app, id, Sent, ("role", "teacher"), ("useful", "4"), ("comment", "=HYPERLINK(\"http://example.com\")"));
        var csv = await coordinator.Client.GetStringAsync($"/fi/surveys/{id}?handler=Responses&format=csv-excel");
        Assert.EndsWith(";\"'=HYPERLINK(\"\"http://example.com\"\")\"", csv.Split("\r\n")[1]);
    }

    [Theory, Databases]
    public async Task The_codes_workbook_explains_every_code_in_a_sheet_of_its_own(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        await StoreAsync(app, id, Sent, ("role", "teacher"), ("useful", "dk"));
        var book = await WorkbookAsync(coordinator, $"/fi/surveys/{id}?handler=Responses&format=xlsx-codes");
        Assert.Equal(["response", "submitted", "language", "group", "role", "useful", "hours", "comment"], book["Vastaukset"][0]);
        Assert.Equal(["2026-06-01", "fi", "", "teacher", "dk"], book["Vastaukset"][1][1..6]); // anonymous: the day only
        Assert.Contains(["role", "Roolisi", "teacher", "Opettaja"], book["Koodit"]);
        Assert.Contains(["useful", "Koulutus oli hyödyllinen", "dk", "En osaa sanoa"], book["Koodit"]);
        Assert.Contains(["useful", "Koulutus oli hyödyllinen", "5", "Täysin samaa mieltä"], book["Koodit"]);
    }

    [Theory, Databases]
    public async Task The_report_figures_come_as_a_workbook_with_a_sheet_per_question(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        // Of 8 answers, 5 are 4 (62.5 %) and 3 are 5 (37.5 %): one decimal here, as in the report's tables.
        foreach (var useful in new[] { "4", "4", "4", "4", "4", "5", "5", "5" }) await StoreAsync(app, id, Sent, ("role", "teacher"), ("useful", useful));
        var book = await WorkbookAsync(coordinator, $"/fi/surveys/{id}/report?handler=Xlsx");
        Assert.Equal(["Raportti", "1 Roolisi", "2 Koulutus oli hyödyllinen", "3 Montako tuntia käytit", "4 Terveiset järjestäjille"], book.Keys);
        Assert.Contains(["Vastauksia", "8"], book["Raportti"]);
        Assert.Contains(["Opettaja", "8", "100"], book["1 Roolisi"]);
        var scale = book["2 Koulutus oli hyödyllinen"];
        Assert.Contains(["Koulutus oli hyödyllinen", "8", "0", "0", "0", "62.5", "37.5", "0", "4.38", "0.52"], scale);
    }

    [Theory, Databases]
    public async Task The_downloaded_report_leaves_open_answers_out_unless_they_are_asked_for(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        await StoreAsync(app, id, Sent, ("role", "teacher"), ("useful", "4"), ("comment", "Luottamuksellinen terveinen"));
        var without = await Browser.ParseAsync(await coordinator.GetAsync($"/fi/surveys/{id}/report?handler=Html"));
        Assert.DoesNotContain("Luottamuksellinen terveinen", without.Body!.TextContent);
        Assert.Contains("1 avovastaus, ei mukana tässä raportissa.", without.Body.TextContent);
        var with = await Browser.ParseAsync(await coordinator.GetAsync($"/fi/surveys/{id}/report?handler=Html&openAnswers=true"));
        Assert.Contains("Luottamuksellinen terveinen", with.Body!.TextContent);
    }

    [Theory, Databases]
    public async Task Control_characters_typed_into_an_answer_are_not_stored(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, link) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        await SurveySteps.OpenAsync(coordinator, id, DateTime.UtcNow.AddMinutes(-5));
        using var respondent = app.NewBrowser();
        await SurveySteps.AnswerAsync(respondent, $"/fi/s/{link}", "teacher", "4", comment: "Kiitos\u0001 paljon\u0008!");
        var stored = await app.WithDbAsync(d => d.SurveyResponses.Where(r => r.SurveyId == id).Select(r => r.AnswersJson).SingleAsync());
        Assert.Equal("Kiitos paljon!", Answers.FromJson(stored).Single("comment"));
    }

    [Theory, Databases]
    public async Task An_answer_stored_with_control_characters_still_exports_as_a_workbook(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        await app.WithDbAsync(async d =>
        {
            var answers = new Answers();
            answers.Set("role", ["teacher"]);
            answers.Set("comment", ["Vanha\u0001 vastaus"]); // stored before input was cleaned
            d.SurveyResponses.Add(new SurveyResponse
            {
                SurveyId = id, Key = SurveyResponse.NewKey(), Status = ResponseStatus.Submitted, AnswersJson = answers.ToJson(),
                StartedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, SubmittedAt = DateTime.UtcNow,
            });
            return await d.SaveChangesAsync();
        });
        var rows = await XlsxAsync(coordinator, $"/fi/surveys/{id}?handler=Responses&format=xlsx");
        Assert.Contains("Vanha vastaus", rows[1]);
    }
}
