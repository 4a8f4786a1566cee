using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Juurru.Features.Surveys.Answering;
using Juurru.Localization;

namespace Juurru.Features.Surveys.Reports;

/// <summary>A response read from a file, ready to be stored as sent.</summary>
public sealed record ImportedResponse(Answers Answers, DateTime? SubmittedAt, string Language, int? GroupId, string? Code, string? Name);

/// <summary>A problem with a file (<see cref="Row"/> 0) or one of its rows: an English message key and its arguments.</summary>
public sealed record ImportError(int Row, string? Column, string Message, params object[] Args);

/// <summary>
/// Reads responses from CSV into a survey: the columns of Juurru's own export (question keys, "question.choice" 1/0
/// columns, "question.statement" columns, and response/submitted/language/group/code/name), or those of common survey
/// tools: a question's text as the header, "Question [Choice]" or "Question [Statement]" columns, choices given by their
/// text, several picks separated by semicolons. Every value is checked by the same rules as the answering pages; every
/// problem is reported with its row and column, and a file with any problem gives no responses. Columns that match no
/// question are named back (they are ignored).
/// </summary>
public static class ResponseImport
{
    public const int MaxBytes = 20 * 1024 * 1024;
    public const int MaxRows = 50_000;

    private abstract record Target;
    private sealed record Fixed(string Name) : Target;
    private sealed record Whole(QuestionDefinition Question) : Target;
    private sealed record Pick(QuestionDefinition Question, string Value) : Target;
    private sealed record Row(QuestionDefinition Question, string Statement) : Target;

    private static readonly string[] FixedNames = ["response", "submitted", "language", "group", "code", "name", "email"];
    private static readonly string[] Yes = ["1", "x", "yes", "kyllä", "ja", "true", "valittu"];
    private static readonly string[] No = ["0", "no", "ei", "nej", "false"];

    public static (IReadOnlyList<ImportedResponse> Responses, IReadOnlyList<ImportError> Errors, IReadOnlyList<string> Ignored) Read(
        TextReader text, SurveyDefinition definition, Anonymity anonymity, IReadOnlyList<RespondentGroup> groups)
    {
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true, DetectDelimiterValues = [",", ";", "\t"], BadDataFound = null, MissingFieldFound = null, TrimOptions = TrimOptions.Trim,
        });
        if (!csv.Read() || !csv.ReadHeader()) return ([], [new(0, null, "The file is empty: the first row must name the columns.")], []);
        var headers = csv.HeaderRecord!;
        var targets = headers.Select(h => Match(h.Trim(), definition)).ToArray();
        var ignored = headers.Where((_, i) => targets[i] is null).ToList();
        if (targets.All(t => t is null or Fixed)) return ([], [new(0, null, "No column matches a question of the survey.")], ignored);

        var run = new SurveyRun(definition);
        var responses = new List<ImportedResponse>();
        var errors = new List<ImportError>();
        while (csv.Read())
        {
            var row = csv.Parser.Row;
            if (csv.Parser.Record is { } record && record.All(string.IsNullOrWhiteSpace)) continue;
            if (responses.Count + 1 > MaxRows)
            {
                errors.Add(new(0, null, "The file has more than {0} responses.", MaxRows));
                break;
            }
            var rowErrors = new List<ImportError>();
            var posted = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var columnOf = new Dictionary<string, string>(StringComparer.Ordinal);
            var fixedValues = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++)
            {
                var value = (csv.GetField(i) ?? "").Trim();
                switch (targets[i])
                {
                    case Fixed f:
                        fixedValues[f.Name] = value;
                        break;
                    case Whole w:
                        Add(SurveyRun.Field(w.Question.Key), WholeValues(w.Question, value), headers[i]);
                        break;
                    case Row r:
                        Add(SurveyRun.Field(r.Question.Key, r.Statement), [ScaleValue(r.Question, value)], headers[i]);
                        break;
                    case Pick p when Yes.Contains(value.ToLowerInvariant()) || Matches(p.Question.Options.Single(o => o.Value == p.Value).Text, value):
                        Add(SurveyRun.Field(p.Question.Key), [p.Value], headers[i]);
                        break;
                    case Pick p when value.Length > 0 && !No.Contains(value.ToLowerInvariant()):
                        rowErrors.Add(new(row, headers[i], "Mark a chosen option with 1 or x and leave the others empty or 0."));
                        break;
                }
            }

            void Add(string field, IEnumerable<string> values, string column)
            {
                var list = values.Where(v => v.Length > 0).ToList();
                if (list.Count == 0) return;
                if (!posted.TryGetValue(field, out var existing)) posted[field] = existing = [];
                existing.AddRange(list);
                columnOf.TryAdd(field, column);
            }

            var answers = new Answers();
            foreach (var section in definition.Sections)
            {
                foreach (var e in run.Read(section, f => posted.TryGetValue(f, out var v) ? v : [], answers))
                    rowErrors.Add(new(row, columnOf.GetValueOrDefault(e.Field, e.Field), e.Message, e.Args));
            }
            var before = answers.ToJson();
            run.Prune(answers);
            if (answers.ToJson() != before) rowErrors.Add(new(row, null, "The row answers a question that its conditions would not have shown."));

            var submitted = Optional(fixedValues, "submitted") is { } s ? ParseTime(s) : null;
            if (Optional(fixedValues, "submitted") is not null && submitted is null) rowErrors.Add(new(row, "submitted", "Give the time as 2025-03-14 12:30 or 14.3.2025 12:30."));
            var language = Optional(fixedValues, "language")?.ToLowerInvariant() ?? definition.Languages[0];
            if (!Cultures.IsSupported(language)) rowErrors.Add(new(row, "language", "The language must be fi, sv or en."));
            int? groupId = null;
            if (Optional(fixedValues, "group") is { } groupName)
            {
                groupId = groups.FirstOrDefault(g => string.Equals(g.Name, groupName, StringComparison.OrdinalIgnoreCase))?.Id;
                if (groupId is null) rowErrors.Add(new(row, "group", "The survey has no group \"{0}\".", groupName));
            }
            string? code = null;
            if (anonymity == Anonymity.Pseudonymous && Optional(fixedValues, "code") is { } typed && (code = RespondentCodes.Normalize(typed)) is null)
                rowErrors.Add(new(row, "code", "Give your respondent code: 4–40 letters or digits."));
            var name = anonymity == Anonymity.Named ? Optional(fixedValues, "name") : null;
            if (name is { Length: > 200 }) rowErrors.Add(new(row, "name", "The name can be at most {0} characters long.", 200));

            if (rowErrors.Count > 0) errors.AddRange(rowErrors);
            else responses.Add(new ImportedResponse(answers, submitted, language, groupId, code, name));
        }
        if (errors.Count == 0 && responses.Count == 0) errors.Add(new(0, null, "The file has no responses."));
        return errors.Count > 0 ? ([], errors, ignored) : (responses, errors, ignored);
    }

    /// <summary>What a header names: a fixed column, a question (by key or text in any language), one choice, or one statement.</summary>
    private static Target? Match(string header, SurveyDefinition definition)
    {
        if (FixedNames.Contains(header.ToLowerInvariant())) return new Fixed(header.ToLowerInvariant());
        foreach (var q in definition.Questions)
        {
            if (header == q.Key || Matches(q.Text, header))
                // A matrix comes by its statements; files cannot come in a table (the column is named back as left out).
                return q.Type is QuestionType.Matrix or QuestionType.File ? null : new Whole(q);
            // "key.value" (Juurru's export) or "Question text [Choice or statement text]" (other tools).
            string? part = header.StartsWith(q.Key + ".", StringComparison.Ordinal) ? header[(q.Key.Length + 1)..] : null;
            string? bracket = header.EndsWith(']') && header.IndexOf(" [", StringComparison.Ordinal) is var at and > 0 && Matches(q.Text, header[..at])
                ? header[(at + 2)..^1] : null;
            if (part is null && bracket is null) continue;
            if (q.Type == QuestionType.MultipleChoice && q.Options.FirstOrDefault(o => o.Value == part || (bracket is not null && Matches(o.Text, bracket))) is { } option)
                return new Pick(q, option.Value);
            if (q.Type == QuestionType.Matrix && q.Statements.FirstOrDefault(s => s.Value == part || (bracket is not null && Matches(s.Text, bracket))) is { } statement)
                return new Row(q, statement.Value);
        }
        return null;
    }

    private static IEnumerable<string> WholeValues(QuestionDefinition q, string value) => q.Type switch
    {
        QuestionType.SingleChoice => [ChoiceValue(q, value)],
        QuestionType.MultipleChoice => q.Options.Any(o => Matches(o.Text, value)) ? [ChoiceValue(q, value)]
            : value.Split([';', '|', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v => ChoiceValue(q, v)),
        QuestionType.Likert or QuestionType.Recommendation => [ScaleValue(q, value)],
        _ => [value],
    };

    /// <summary>A choice given by its value or by its text in any language; anything else is passed on to be refused.</summary>
    private static string ChoiceValue(QuestionDefinition q, string value) =>
        q.Options.FirstOrDefault(o => o.Value == value || Matches(o.Text, value))?.Value ?? value;

    /// <summary>A scale answer: the number (also "4 Samaa mieltä"), or "Don't know" as its code or text.</summary>
    private static string ScaleValue(QuestionDefinition q, string value)
    {
        var scale = q.EffectiveScale;
        if (scale.DontKnow && (value.Equals(Scale.DontKnowValue, StringComparison.OrdinalIgnoreCase) || Matches(scale.DontKnowLabel, value)
            || value.Equals("En osaa sanoa", StringComparison.OrdinalIgnoreCase)))
            return Scale.DontKnowValue;
        var digits = new string(value.TakeWhile(char.IsDigit).ToArray());
        return digits.Length > 0 && (digits.Length == value.Length || value[digits.Length] == ' ') ? digits : value;
    }

    private static bool Matches(Juurru.Features.Shared.LocalizedText text, string value) =>
        value.Length > 0 && new[] { text.Fi, text.Sv, text.En }.Any(t => string.Equals(t.Trim(), value, StringComparison.OrdinalIgnoreCase));

    private static string? Optional(Dictionary<string, string> values, string name) => values.TryGetValue(name, out var v) && v.Length > 0 ? v : null;

    private static DateTime? ParseTime(string value) =>
        DateTime.TryParseExact(value, ["yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "d.M.yyyy H:mm", "d.M.yyyy H.mm", "d.M.yyyy"],
            CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t) ? t : null;
}
