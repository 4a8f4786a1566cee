using Juurru.Data;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Surveys;

public static class ReportQuery
{
    /// <summary>The report of a survey's sent responses, streamed from the database (one JSON document per response).</summary>
    public static async Task<ReportFigures> LoadAsync(JuurruDbContext db, Survey survey, string culture, CancellationToken ct)
    {
        var answers = new List<Answers>();
        await foreach (var json in db.SurveyResponses.AsNoTracking()
                           .Where(r => r.SurveyId == survey.Id && r.Status == ResponseStatus.Submitted)
                           .OrderBy(r => r.Id).Select(r => r.AnswersJson).AsAsyncEnumerable().WithCancellation(ct))
        {
            answers.Add(Answers.FromJson(json));
        }
        return SurveyReport.Compute(survey.Id, survey.Definition, answers, culture);
    }
}
