using Juurru.Data;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Surveys;

public static class ReportQuery
{
    /// <summary>The report of a survey's sent responses, streamed from the database (one JSON document per response) into a tally.</summary>
    public static async Task<ReportFigures> LoadAsync(JuurruDbContext db, Survey survey, string culture, CancellationToken ct, string? filter = null)
    {
        var keep = SurveyReport.FilterFor(survey.Definition, filter);
        var tally = new ReportTally(survey.Definition);
        var reader = new Answers.Reader();
        await foreach (var json in db.SurveyResponses.AsNoTracking()
                           .Where(r => r.SurveyId == survey.Id && r.Status == ResponseStatus.Submitted)
                           .OrderBy(r => r.Id).Select(r => r.AnswersJson).AsAsyncEnumerable().WithCancellation(ct))
        {
            var a = reader.Read(json);
            if (keep?.Invoke(a) != false) tally.Add(a);
        }
        if (keep is not null && tally.Responses < SurveyReport.SmallestGroup)
            return new ReportFigures(survey.Id, survey.Definition.Title.In(culture), tally.Responses, [], filter, Suppressed: true);
        return tally.Figures(survey.Id, culture) with { Filter = keep is null ? null : filter };
    }
}
