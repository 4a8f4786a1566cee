using Juurru.Data;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Surveys.Reports;

/// <summary>One column of a comparison: a group's (or a survey's) figures under its label.</summary>
public sealed record ReportColumn(string Label, ReportFigures Figures);

/// <summary>Reports read from the database: sent responses streamed into tallies, one JSON document per response.</summary>
public static class ReportQuery
{
    /// <summary>"group:{id}" narrows a report to one respondent group.</summary>
    public const string GroupFilterPrefix = "group:";

    /// <summary>
    /// The report of a survey's sent responses, optionally narrowed to one group ("group:12") or to those who gave one
    /// choice answer ("question:value"). A narrowed report of fewer than <see cref="SurveyReport.SmallestGroup"/> is suppressed.
    /// </summary>
    public static async Task<ReportFigures> LoadAsync(JuurruDbContext db, Survey survey, string culture, CancellationToken ct, string? filter = null)
    {
        int? group = filter is not null && filter.StartsWith(GroupFilterPrefix, StringComparison.Ordinal)
            && int.TryParse(filter.AsSpan(GroupFilterPrefix.Length), out var g) ? g : null;
        var keep = group is null ? SurveyReport.FilterFor(survey.Definition, filter) : null;
        var narrowed = group is not null || keep is not null;
        var tally = new ReportTally(survey.Definition);
        var reader = new Answers.Reader();
        await foreach (var r in Sent(db, survey.Id).Where(r => group == null || r.GroupId == group).Select(r => r.AnswersJson).AsAsyncEnumerable().WithCancellation(ct))
        {
            var a = reader.Read(r);
            if (keep?.Invoke(a) != false) tally.Add(a);
        }
        if (narrowed && tally.Responses < SurveyReport.SmallestGroup)
            return new ReportFigures(survey.Id, survey.Definition.Title.In(culture), tally.Responses, [], filter, Suppressed: true);
        var figures = tally.Figures(survey.Id, culture) with { Filter = narrowed ? filter : null };
        return narrowed ? figures : await WithQuotesAsync(db, survey.Id, figures, ct);
    }

    /// <summary>
    /// Whether a narrowed report may be shown to anyone (through a published report). Suppressing a group under
    /// <see cref="SurveyReport.SmallestGroup"/> is not enough there: the whole report minus the other groups' reports
    /// would give it. So a filter is answered only when every part of the division it belongs to (each respondent group
    /// and those in none; each choice of a single-choice question and those who did not give one) is empty or at least
    /// that large. Multiple-choice filters overlap, and their differences cannot be bounded: they are not answered.
    /// </summary>
    public static async Task<bool> PublicFilterAllowedAsync(JuurruDbContext db, Survey survey, string filter, CancellationToken ct)
    {
        static bool Safe(IEnumerable<int> parts) => parts.All(n => n == 0 || n >= SurveyReport.SmallestGroup);
        if (filter.StartsWith(GroupFilterPrefix, StringComparison.Ordinal))
            return Safe(await Sent(db, survey.Id).GroupBy(r => r.GroupId).Select(g => g.Count()).ToListAsync(ct));
        if (filter.Split(':', 2) is not [var key, _] || survey.Definition.Question(key) is not { } question) return true; // not a filter: the whole report
        if (question.Type != QuestionType.SingleChoice) return false;
        var parts = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Answers.Reader();
        await foreach (var json in Sent(db, survey.Id).Select(r => r.AnswersJson).AsAsyncEnumerable().WithCancellation(ct))
        {
            var value = reader.Read(json).Single(key) ?? "";
            parts[value] = parts.GetValueOrDefault(value) + 1;
        }
        return Safe(parts.Values);
    }

    /// <summary>The picked quotes under their questions, in the order they were picked (whole reports only: a quote may be outside a group).</summary>
    private static async Task<ReportFigures> WithQuotesAsync(JuurruDbContext db, int surveyId, ReportFigures figures, CancellationToken ct)
    {
        var picked = await db.FeaturedQuotes.AsNoTracking().Where(q => q.SurveyId == surveyId).OrderBy(q => q.Id)
            .Join(db.SurveyResponses, q => q.ResponseId, r => r.Id, (q, r) => new { q.QuestionKey, r.AnswersJson, r.Status }).ToListAsync(ct);
        if (picked.Count == 0) return figures;
        var quotes = picked.Where(p => p.Status == ResponseStatus.Submitted)
            .Select(p => (p.QuestionKey, Text: Answers.FromJson(p.AnswersJson).Single(p.QuestionKey)))
            .Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToLookup(p => p.QuestionKey, p => p.Text!);
        return figures with
        {
            Sections = figures.Sections.Select(s => s with
            {
                Questions = s.Questions.Select(q => quotes.Contains(q.Key) ? q with { Quotes = quotes[q.Key].ToList() } : q).ToList(),
            }).ToList(),
        };
    }

    /// <summary>The respondent groups side by side (those who came through the open link as one more column), in one pass.</summary>
    public static async Task<IReadOnlyList<ReportColumn>> ByGroupAsync(JuurruDbContext db, Survey survey, string culture, string openLinkLabel, CancellationToken ct)
    {
        var groups = await db.RespondentGroups.AsNoTracking().Where(g => g.SurveyId == survey.Id).OrderBy(g => g.Name).ToListAsync(ct);
        var tallies = groups.ToDictionary(g => g.Id, _ => new ReportTally(survey.Definition));
        var open = new ReportTally(survey.Definition);
        var reader = new Answers.Reader();
        await foreach (var r in Sent(db, survey.Id).Select(r => new { r.GroupId, r.AnswersJson }).AsAsyncEnumerable().WithCancellation(ct))
            (r.GroupId is { } id && tallies.TryGetValue(id, out var t) ? t : open).Add(reader.Read(r.AnswersJson));
        return groups.Select(g => Column(g.Name, tallies[g.Id], survey, culture)).Append(Column(openLinkLabel, open, survey, culture))
            .Where(c => c.Figures.Responses > 0).ToList();
    }

    /// <summary>A survey's whole report as a column (the earlier survey of a pre/post pair, or this one).</summary>
    public static async Task<ReportColumn> ColumnAsync(JuurruDbContext db, Survey survey, string label, string culture, CancellationToken ct) =>
        new(label, await LoadAsync(db, survey, culture, ct));

    /// <summary>Sent responses with a respondent code: code → answers (the last sent, if a code answered twice).</summary>
    public static async Task<Dictionary<string, Answers>> ByCodeAsync(JuurruDbContext db, int surveyId, CancellationToken ct)
    {
        var reader = new Answers.Reader();
        var byCode = new Dictionary<string, Answers>(StringComparer.Ordinal);
        await foreach (var r in Sent(db, surveyId).Where(r => r.RespondentCode != null).Select(r => new { r.RespondentCode, r.AnswersJson }).AsAsyncEnumerable().WithCancellation(ct))
            byCode[r.RespondentCode!] = reader.Read(r.AnswersJson);
        return byCode;
    }

    private static ReportColumn Column(string label, ReportTally tally, Survey survey, string culture) =>
        new(label, tally.Responses < SurveyReport.SmallestGroup
            ? new ReportFigures(survey.Id, label, tally.Responses, [], Suppressed: true)
            : tally.Figures(survey.Id, culture));

    private static IQueryable<SurveyResponse> Sent(JuurruDbContext db, int surveyId) =>
        db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId && r.Status == ResponseStatus.Submitted).OrderBy(r => r.Id);
}
