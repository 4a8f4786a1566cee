using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Juurru.Data;
using Juurru.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Surveys.Reports;

/// <summary>
/// Sent responses as a table, one row per response, with the answer codes under the question keys: single choice →
/// the choice's value; multiple choice → one 1/0 column per choice ("themes.A"); scales → the number or "dk"; a matrix →
/// one column per statement ("a1.voice"); numbers as numbers; texts as they were written. Rows are streamed.
/// </summary>
public static class ResponseExport
{
    public sealed record Column(string Header, Func<Answers, string?> Value, bool Numeric);

    /// <param name="fileNames">The names of attached files by key: a File question's column gives the name.</param>
    public static IReadOnlyList<Column> Columns(SurveyDefinition definition, IReadOnlyDictionary<string, string>? fileNames = null)
    {
        var columns = new List<Column>();
        foreach (var q in definition.Questions)
        {
            switch (q.Type)
            {
                case QuestionType.MultipleChoice:
                    columns.AddRange(q.Options.Select(o => new Column($"{q.Key}.{o.Value}",
                        a => a.Has(q.Key) ? (a.Get(q.Key).Contains(o.Value) ? "1" : "0") : null, true)));
                    break;
                case QuestionType.Matrix:
                    columns.AddRange(q.Statements.Select(s => new Column($"{q.Key}.{s.Value}", a => a.Single($"{q.Key}.{s.Value}"), true)));
                    break;
                case QuestionType.File:
                    columns.Add(new Column(q.Key, a => a.Single(q.Key) is { } key ? fileNames?.GetValueOrDefault(key) ?? key : null, false));
                    break;
                default:
                    columns.Add(new Column(q.Key, a => a.Single(q.Key), q.HasScale || q.Type == QuestionType.Number));
                    break;
            }
        }
        return columns;
    }

    /// <summary>A sent response with what the survey's mode stores about its respondent.</summary>
    private sealed record SentRow(long Id, DateTime? SubmittedAt, string Language, string? Group, string? Code, string? Name, string? Email, string AnswersJson);

    private static IAsyncEnumerable<SentRow> Sent(JuurruDbContext db, int surveyId) =>
        (from r in db.SurveyResponses.AsNoTracking()
         where r.SurveyId == surveyId && r.Status == ResponseStatus.Submitted
         join g in db.RespondentGroups on r.GroupId equals g.Id into groups
         from g in groups.DefaultIfEmpty()
         join i in db.SurveyInvitations on r.InvitationId equals i.Id into invitations
         from i in invitations.DefaultIfEmpty()
         orderby r.Id
         select new SentRow(r.Id, r.SubmittedAt, r.Language, g.Name, r.RespondentCode, r.RespondentName ?? i.Name, i.Email, r.AnswersJson)).AsAsyncEnumerable();

    /// <summary>The columns before the answers; the response import reads the same ones.</summary>
    public static IReadOnlyList<string> FixedColumns(Anonymity anonymity) => anonymity switch
    {
        Anonymity.Pseudonymous => ["response", "submitted", "language", "group", "code"],
        Anonymity.Named => ["response", "submitted", "language", "group", "name", "email"],
        _ => ["response", "submitted", "language", "group"],
    };

    private static IEnumerable<(string? Value, bool Numeric)> FixedValues(SentRow r, Anonymity anonymity, string dateFormat)
    {
        yield return (r.Id.ToString(CultureInfo.InvariantCulture), true);
        // An anonymous response keeps only the day it was sent (ResponseRecord): written as that day, in Helsinki.
        yield return (anonymity == Anonymity.Anonymous
            ? r.SubmittedAt is { } day ? Dates.ToHelsinki(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null
            : r.SubmittedAt?.ToString(dateFormat, CultureInfo.InvariantCulture), false);
        yield return (r.Language, false);
        yield return (r.Group, false);
        if (anonymity == Anonymity.Pseudonymous) yield return (r.Code, false);
        if (anonymity == Anonymity.Named)
        {
            yield return (r.Name, false);
            yield return (r.Email, false);
        }
    }

    public static async Task WriteCsvAsync(JuurruDbContext db, Survey survey, Stream output, CancellationToken ct)
    {
        var columns = Columns(survey.Definition, await FileNamesAsync(db, survey, ct));
        await using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        // Answers are typed by respondents: a leading = + - @ is escaped, so a spreadsheet never runs one as a formula.
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape });
        foreach (var h in FixedColumns(survey.Anonymity).Concat(columns.Select(c => c.Header))) csv.WriteField(h);
        await csv.NextRecordAsync();
        await foreach (var r in Sent(db, survey.Id).WithCancellation(ct))
        {
            var answers = Answers.FromJson(r.AnswersJson);
            foreach (var (value, _) in FixedValues(r, survey.Anonymity, "yyyy-MM-ddTHH:mm:ssZ")) csv.WriteField(value);
            foreach (var c in columns) csv.WriteField(c.Value(answers));
            await csv.NextRecordAsync();
        }
    }

    /// <summary>An .xlsx workbook, one row per response, streamed from the database.</summary>
    public static async Task WriteXlsxAsync(JuurruDbContext db, Survey survey, Stream output, CancellationToken ct)
    {
        var columns = Columns(survey.Definition, await FileNamesAsync(db, survey, ct));
        await Spreadsheets.WriteXlsxAsync(output, "Vastaukset", Rows(), ct);

        async IAsyncEnumerable<IReadOnlyList<TableCell>> Rows()
        {
            yield return FixedColumns(survey.Anonymity).Concat(columns.Select(c => c.Header)).Select(h => new TableCell(h)).ToList();
            await foreach (var r in Sent(db, survey.Id).WithCancellation(ct))
            {
                var answers = Answers.FromJson(r.AnswersJson);
                yield return FixedValues(r, survey.Anonymity, "yyyy-MM-dd HH:mm:ss").Select(c => new TableCell(c.Value, c.Numeric))
                    .Concat(columns.Select(c => new TableCell(c.Value(answers), c.Numeric))).ToList();
            }
        }
    }

    private static async Task<IReadOnlyDictionary<string, string>?> FileNamesAsync(JuurruDbContext db, Survey survey, CancellationToken ct) =>
        survey.Definition.Questions.Any(q => q.Type == QuestionType.File)
            ? await db.SurveyFiles.Where(f => f.SurveyId == survey.Id).ToDictionaryAsync(f => f.Key, f => f.FileName, StringComparer.Ordinal, ct)
            : null;
}
