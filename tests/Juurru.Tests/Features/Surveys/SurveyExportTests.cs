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
    private static async Task<List<List<string>>> XlsxAsync(Browser coordinator, string url)
    {
        var response = await coordinator.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var copy = new MemoryStream();
        await response.Content.CopyToAsync(copy);
        using var workbook = SpreadsheetDocument.Open(copy, false);
        return workbook.WorkbookPart!.WorksheetParts.First().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
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
