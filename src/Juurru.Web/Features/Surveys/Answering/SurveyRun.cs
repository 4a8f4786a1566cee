using System.Globalization;

namespace Juurru.Features.Surveys.Answering;

/// <summary>An answer that does not fit its question: the field it belongs to, an English message key and arguments.</summary>
public sealed record AnswerError(string Field, string Message, params object[] Args);

/// <summary>
/// What a respondent sees and may answer, given the answers so far: which sections and questions are shown (conditions
/// only look back, so one pass in order decides), how posted form values become answers, and whether they are complete.
/// </summary>
public sealed class SurveyRun(SurveyDefinition definition)
{
    public const int ShortTextMax = 500;
    public const int LongTextMax = 10_000;

    public SurveyDefinition Definition => definition;

    /// <summary>The form field of a question, or of one statement of a matrix.</summary>
    public static string Field(string question, string? statement = null) => statement is null ? $"a.{question}" : $"a.{question}.{statement}";

    /// <summary>Sections whose condition is met and which have a question to show (a page of hidden questions is skipped).</summary>
    public IReadOnlyList<SectionDefinition> VisibleSections(Answers answers) =>
        definition.Sections.Where(s => s.ShowIf?.IsMet(answers) != false && VisibleQuestions(s, answers).Any()).ToList();

    public IEnumerable<QuestionDefinition> VisibleQuestions(SectionDefinition section, Answers answers) =>
        section.Questions.Where(q => q.ShowIf?.IsMet(answers) != false);

    /// <summary>
    /// How many pages this respondent will see, as far as can be told on the given one: the pages shown now, and the
    /// hidden pages whose condition rests on a question not yet passed (an answer may still open them). Counting the
    /// undecided ones keeps progress from growing under the respondent ("1/2" then "2/3"); once decided it is exact.
    /// </summary>
    public int ExpectedSectionCount(SectionDefinition current, Answers answers)
    {
        var position = definition.Sections.IndexOf(current);
        var passed = definition.Sections.Take(position).SelectMany(s => s.Questions).Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
        var shown = VisibleSections(answers);
        return definition.Sections.Count(s => shown.Contains(s)
            || s.Questions.Count > 0 && s.ShowIf is { } c && !c.IsMet(answers) && !passed.Contains(c.Question));
    }

    /// <summary>The question (and matrix statement) a form field answers, as the respondent reads it: the error summary names it.</summary>
    public string Describe(string field, string culture)
    {
        const int longest = 90;
        var parts = field.Split('.');
        if (parts.Length < 2 || definition.Question(parts[1]) is not { } q) return "";
        var text = q.Text.In(culture);
        if (text.Length > longest) text = text[..(longest - 1)].TrimEnd() + "…";
        return parts.Length > 2 && q.Statements.FirstOrDefault(st => st.Value == parts[2]) is { } statement ? $"{text} – {statement.Text.In(culture)}" : text;
    }

    /// <summary>Whether a later section, hidden now, depends on a question of this one: an answer here may still open it.</summary>
    public bool MayOpenLater(SectionDefinition section)
    {
        var keys = section.Questions.Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
        return definition.Sections.SkipWhile(s => s != section).Skip(1).Any(s => s.ShowIf is { } c && keys.Contains(c.Question));
    }

    /// <summary>Forgets answers to questions no longer shown (a changed earlier answer hid them), in order, so that what they governed goes too.</summary>
    public void Prune(Answers answers)
    {
        foreach (var section in definition.Sections)
        {
            var sectionShown = section.ShowIf?.IsMet(answers) != false;
            foreach (var q in section.Questions)
            {
                if (!sectionShown || q.ShowIf?.IsMet(answers) == false) answers.Clear(q.Key);
            }
        }
    }

    /// <summary>Takes a section's posted values into the answers; values that cannot be read are reported, not stored.</summary>
    public List<AnswerError> Read(SectionDefinition section, Func<string, IReadOnlyList<string>> posted, Answers answers)
    {
        var errors = new List<AnswerError>();
        foreach (var q in section.Questions)
        {
            answers.Clear(q.Key);
            if (q.Type == QuestionType.Matrix)
            {
                foreach (var s in q.Statements) ReadValue(q, Field(q.Key, s.Value), $"{q.Key}.{s.Value}", posted, answers, errors);
            }
            else
            {
                ReadValue(q, Field(q.Key), q.Key, posted, answers, errors);
            }
        }
        return errors;
    }

    private static void ReadValue(QuestionDefinition q, string field, string key, Func<string, IReadOnlyList<string>> posted,
        Answers answers, List<AnswerError> errors)
    {
        var values = posted(field).Select(v => Shared.TypedText.Clean(v).Trim()).Where(v => v.Length > 0).ToList();
        if (values.Count == 0) return;
        switch (q.Type)
        {
            case QuestionType.SingleChoice:
                if (values.Count != 1 || q.Options.All(o => o.Value != values[0])) errors.Add(new(field, "Choose one of the choices."));
                else answers.Set(key, values);
                break;
            case QuestionType.MultipleChoice:
                if (values.Any(v => q.Options.All(o => o.Value != v))) errors.Add(new(field, "Choose from the choices given."));
                else answers.Set(key, values.Distinct());
                break;
            case QuestionType.Likert or QuestionType.Matrix or QuestionType.Recommendation:
                var scale = q.EffectiveScale;
                var ok = values.Count == 1 && ((values[0] == Scale.DontKnowValue && scale.DontKnow)
                    || (int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= scale.Min && n <= scale.Max));
                if (!ok) errors.Add(new(field, "Choose a value on the scale."));
                else answers.Set(key, values);
                break;
            case QuestionType.Number:
                var text = values[0].Replace("\u00a0", "").Replace(" ", "").Replace(',', '.');
                if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                    errors.Add(new(field, "Give a number, e.g. 12 or 3,5."));
                else answers.Set(key, [number.ToString(CultureInfo.InvariantCulture)]);
                break;
            case QuestionType.File:
                // The answer page stores an upload and posts its key in its place; a key is all that is kept.
                if (values.Count != 1 || !SurveyFile.IsKey(values[0])) errors.Add(new(field, "The file could not be read; attach it again."));
                else answers.Set(key, values);
                break;
            case QuestionType.Date:
                if (!DateOnly.TryParseExact(values[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    && !DateOnly.TryParseExact(values[0], "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
                    errors.Add(new(field, "Give a date, e.g. 22.1.2025."));
                else answers.Set(key, [date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
                break;
            default:
                var max = q.Type == QuestionType.ShortText ? ShortTextMax : LongTextMax;
                if (values[0].Length > max) errors.Add(new(field, "The answer can be at most {0} characters long.", max));
                else answers.Set(key, [values[0]]);
                break;
        }
    }

    /// <summary>What is missing or out of bounds among a section's shown questions.</summary>
    public List<AnswerError> Check(SectionDefinition section, Answers answers)
    {
        var errors = new List<AnswerError>();
        foreach (var q in VisibleQuestions(section, answers))
        {
            if (q.Type == QuestionType.Matrix)
            {
                if (q.Required)
                    errors.AddRange(q.Statements.Where(s => answers.Get($"{q.Key}.{s.Value}").Count == 0)
                        .Select(s => new AnswerError(Field(q.Key, s.Value), "Answer every statement.")));
                continue;
            }
            var picked = answers.Get(q.Key).Count;
            if (q.Required && picked == 0) errors.Add(new(Field(q.Key), "This question needs an answer."));
            if (q.Type == QuestionType.MultipleChoice && picked > 0)
            {
                if (q.MinPicks is { } min && picked < min) errors.Add(new(Field(q.Key), "Choose at least {0}.", min));
                if (q.MaxPicks is { } max && picked > max) errors.Add(new(Field(q.Key), "Choose at most {0}.", max));
            }
        }
        return errors;
    }
}
