using Juurru.Data;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Surveys;

public static class ReportQuery
{
    /// <summary>The report of a survey's sent responses, streamed from the database (one JSON document per response).</summary>
    public static async Task<ReportFigures> LoadAsync(JuurruDbContext db, Survey survey, string culture, CancellationToken ct, string? filter = null)
    {
        var keep = SurveyReport.FilterFor(survey.Definition, filter);
        var answers = new List<Answers>();
        await foreach (var json in db.SurveyResponses.AsNoTracking()
                           .Where(r => r.SurveyId == survey.Id && r.Status == ResponseStatus.Submitted)
                           .OrderBy(r => r.Id).Select(r => r.AnswersJson).AsAsyncEnumerable().WithCancellation(ct))
        {
            var a = Answers.FromJson(json);
            if (keep?.Invoke(a) != false) answers.Add(a);
        }
        if (keep is not null && answers.Count < SurveyReport.SmallestGroup)
            return new ReportFigures(survey.Id, survey.Definition.Title.In(culture), answers.Count, [], filter, Suppressed: true);
        return SurveyReport.Compute(survey.Id, survey.Definition, answers, culture) with { Filter = keep is null ? null : filter };
    }
}
