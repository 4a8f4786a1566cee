using System.Globalization;
using Juurru.Data;
using Juurru.Features.Shared;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Surveys.Reports;

/// <summary>
/// Sent responses as a table, one row per response, in two forms. <see cref="ResponseForm.Codes"/>: the answer codes under
/// the question keys (single choice → the choice's value; multiple choice → one 1/0 column per choice, "themes.A"; scales →
/// the number or "dk"; a matrix → one column per statement, "a1.voice"), times in UTC; the form programs and the response
/// import read. <see cref="ResponseForm.Labels"/>: the same columns headed by the questions' texts, choices by their
/// labels, times in Helsinki; the form people read. Rows are streamed.
/// </summary>
/// <summary>Codes for programs and the import, or labels for people.</summary>
public enum ResponseForm { Labels, Codes }

public static class ResponseExport
{
    /// <summary>A column: its key and heading, its value as a code and as people read it, and whether it is a number.</summary>
    public sealed record Column(string Key, string Heading, Func<Answers, string?> Code, Func<Answers, string?> Label, bool Numeric)
    {
        public Column(string key, string heading, Func<Answers, string?> value, bool numeric) : this(key, heading, value, value, numeric) { }

        public string? Value(Answers answers, ResponseForm form) => form == ResponseForm.Codes ? Code(answers) : Label(answers);
    }

    /// <param name="culture">The language of the headings and labels (the survey's texts in it, or in Finnish).</param>
    /// <param name="fileNames">The names of attached files by key: a File question's column gives the name.</param>
    /// <param name="dontKnow">"Don't know" in the page's language, for a scale whose definition does not word it.</param>
    public static IReadOnlyList<Column> Columns(SurveyDefinition definition, string culture = "fi", IReadOnlyDictionary<string, string>? fileNames = null,
        string dontKnow = Scale.DontKnowValue)
    {
        var columns = new List<Column>();
        foreach (var q in definition.Questions)
        {
            var text = q.Text.In(culture);
            switch (q.Type)
            {
                case QuestionType.SingleChoice:
                    columns.Add(new Column(q.Key, text, a => a.Single(q.Key),
                        a => a.Single(q.Key) is { } v ? q.Options.FirstOrDefault(o => o.Value == v)?.Text.In(culture) ?? v : null, false));
                    break;
                case QuestionType.MultipleChoice:
                    columns.AddRange(q.Options.Select(o => new Column($"{q.Key}.{o.Value}", $"{text}: {o.Text.In(culture)}",
                        a => a.Has(q.Key) ? (a.Get(q.Key).Contains(o.Value) ? "1" : "0") : null, true)));
                    break;
                case QuestionType.Matrix:
                    columns.AddRange(q.Statements.Select(s => new Column($"{q.Key}.{s.Value}", $"{text}: {s.Text.In(culture)}",
                        a => a.Single($"{q.Key}.{s.Value}"), a => OnScale(q, a.Single($"{q.Key}.{s.Value}"), culture, dontKnow), true)));
                    break;
                case QuestionType.Likert or QuestionType.Recommendation:
                    columns.Add(new Column(q.Key, text, a => a.Single(q.Key), a => OnScale(q, a.Single(q.Key), culture, dontKnow), true));
                    break;
                case QuestionType.File:
                    columns.Add(new Column(q.Key, text, a => a.Single(q.Key) is { } key ? fileNames?.GetValueOrDefault(key) ?? key : null, false));
                    break;
                default:
                    columns.Add(new Column(q.Key, text, a => a.Single(q.Key), q.Type == QuestionType.Number));
                    break;
            }
        }
        return columns;
    }

    /// <summary>A scale's answer as people read it: the number, or "Don't know" in the survey's words.</summary>
    private static string? OnScale(QuestionDefinition q, string? value, string culture, string dontKnow) =>
        value == Scale.DontKnowValue ? q.EffectiveScale.DontKnowLabel.In(culture) is { Length: > 0 } label ? label : dontKnow : value;

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

    /// <summary>The fixed columns' headings for people.</summary>
    private static string Heading(string column, IStringLocalizer L) => column switch
    {
        "response" => L["Response"], "submitted" => L["Sent"], "language" => L["Language"], "group" => L["Group"],
        "code" => L["Respondent code"], "name" => L["Name"], "email" => L["E-mail"],
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    private static IEnumerable<TableCell> FixedValues(SentRow r, Anonymity anonymity, ResponseForm form)
    {
        yield return new TableCell(r.Id.ToString(CultureInfo.InvariantCulture), true);
        // An anonymous response keeps only the day it was sent (ResponseRecord): written as that day, in Helsinki.
        yield return anonymity == Anonymity.Anonymous
            ? r.SubmittedAt is { } day ? Dates.ToHelsinki(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null
            : form == ResponseForm.Codes ? r.SubmittedAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) : TableCell.HelsinkiTime(r.SubmittedAt);
        yield return r.Language;
        yield return r.Group;
        if (anonymity == Anonymity.Pseudonymous) yield return r.Code;
        if (anonymity == Anonymity.Named)
        {
            yield return r.Name;
            yield return r.Email;
        }
    }

    /// <summary>The header and one row per sent response, in the form asked for.</summary>
    public static async IAsyncEnumerable<IReadOnlyList<TableCell>> RowsAsync(JuurruDbContext db, Survey survey, ResponseForm form, string culture,
        IStringLocalizer L, [EnumeratorCancellation] CancellationToken ct)
    {
        var columns = Columns(survey.Definition, culture, await FileNamesAsync(db, survey, ct), L["Don't know"]);
        yield return form == ResponseForm.Codes
            ? FixedColumns(survey.Anonymity).Concat(columns.Select(c => c.Key)).Select(h => new TableCell(h)).ToList()
            : FixedColumns(survey.Anonymity).Select(c => Heading(c, L)).Concat(columns.Select(c => c.Heading)).Select(h => new TableCell(h)).ToList();
        await foreach (var r in Sent(db, survey.Id).WithCancellation(ct))
        {
            var answers = Answers.FromJson(r.AnswersJson);
            yield return FixedValues(r, survey.Anonymity, form).Concat(columns.Select(c => new TableCell(c.Value(answers, form), c.Numeric))).ToList();
        }
    }

    /// <summary>
    /// What each code of the codes form means: one row per column (its key and the question), and one per choice or scale
    /// value (the code and its label). The sheet beside the codes in a workbook.
    /// </summary>
    public static IEnumerable<IReadOnlyList<TableCell>> CodeBook(SurveyDefinition definition, string culture, IStringLocalizer L)
    {
        yield return [L["Column"].Value, L["Question"].Value, L["Code"].Value, L["Meaning"].Value];
        foreach (var column in Columns(definition, culture)) yield return [column.Key, column.Heading, null, null];
        foreach (var q in definition.Questions)
        {
            var text = q.Text.In(culture);
            foreach (var o in q.Type is QuestionType.SingleChoice ? q.Options : []) yield return [q.Key, text, o.Value, o.Text.In(culture)];
            if (q.Type == QuestionType.MultipleChoice) yield return [$"{q.Key}.*", text, "1 / 0", L["chosen / not chosen"].Value];
            if (!q.HasScale) continue;
            var scale = q.EffectiveScale;
            yield return [q.Key, text, scale.Min.ToString(CultureInfo.InvariantCulture), scale.MinLabel.In(culture)];
            yield return [q.Key, text, scale.Max.ToString(CultureInfo.InvariantCulture), scale.MaxLabel.In(culture)];
            if (scale.DontKnow) yield return [q.Key, text, Scale.DontKnowValue, scale.DontKnowLabel.In(culture) is { Length: > 0 } dk ? dk : L["Don't know"].Value];
        }
    }

    private static async Task<IReadOnlyDictionary<string, string>?> FileNamesAsync(JuurruDbContext db, Survey survey, CancellationToken ct) =>
        survey.Definition.Questions.Any(q => q.Type == QuestionType.File)
            ? await db.SurveyFiles.Where(f => f.SurveyId == survey.Id).ToDictionaryAsync(f => f.Key, f => f.FileName, StringComparer.Ordinal, ct)
            : null;
}
