using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Juurru.Localization;

namespace Juurru.Features.Surveys;

/// <summary>A problem in a survey definition: an English message key for the localizer and its arguments.</summary>
public sealed record DefinitionError(string Message, params object[] Args);

/// <summary>The survey definition as JSON (storage, export, import) and the rules a definition must meet.</summary>
public static partial class SurveyFormat
{
    public const int MaxBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        // Question types by name only: "type": 99 is no type at all.
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // "key": null is refused where the model has no place for null (collections' elements are checked after).
        RespectNullableAnnotations = true,
    };

    public static string ToJson(SurveyDefinition definition) => JsonSerializer.Serialize(definition, Options);

    /// <summary>
    /// A stored definition (checked when it was stored; a survey being built may still lack questions). Respondents'
    /// pages read the same definition on every post and parsing it was a tenth of a post's time, so the last ones read
    /// are kept: the instance is shared and never changed in place (<see cref="SurveyEditor"/> works on a copy).
    /// </summary>
    public static SurveyDefinition FromStored(string json)
    {
        if (Parsed.TryGetValue(json, out var known)) return known;
        var definition = JsonSerializer.Deserialize<SurveyDefinition>(json, Options) ?? throw new InvalidOperationException("A stored survey definition is empty.");
        if (Parsed.Count >= 32) Parsed.Clear();
        Parsed[json] = definition;
        return definition;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SurveyDefinition> Parsed = new(StringComparer.Ordinal);

    /// <summary>Reads and checks a definition; on any problem returns no definition and every problem found.</summary>
    public static (SurveyDefinition? Definition, IReadOnlyList<DefinitionError> Errors) Parse(string json)
    {
        SurveyDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<SurveyDefinition>(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" ({line + 1}:{(e.BytePositionInLine ?? 0) + 1})" : "";
            return (null, [new DefinitionError("The file is not a survey definition in JSON{0}.", where)]);
        }
        if (definition is null || HasNullEntry(definition)) return (null, [new DefinitionError("The file is not a survey definition in JSON{0}.", "")]);
        var errors = Validate(definition).Concat(Readiness(definition)).ToList();
        return errors.Count == 0 ? (definition, errors) : (null, errors);
    }

    private static bool HasNullEntry(SurveyDefinition d) =>
        d.Languages.Any(l => l is null) || d.Sections.Any(s => s is null || s.Questions.Any(q => q is null ||
            q.Options.Any(o => o is null) || q.Statements.Any(o => o is null)));

    public static List<DefinitionError> Validate(SurveyDefinition d)
    {
        var errors = new List<DefinitionError>();
        if (d.Languages.Count == 0 || d.Languages.Any(l => !Cultures.IsSupported(l)) || d.Languages.Distinct().Count() != d.Languages.Count)
            errors.Add(new("The languages must be some of fi, sv and en, each once."));
        if (string.IsNullOrWhiteSpace(d.Title.Fi)) errors.Add(new("The survey needs a title in Finnish."));

        var sectionKeys = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, QuestionDefinition>(StringComparer.Ordinal);
        foreach (var section in d.Sections)
        {
            if (!KeyPattern().IsMatch(section.Key)) errors.Add(new("The key \"{0}\" is not valid: use letters, digits, - and _, starting with a letter.", section.Key));
            else if (!sectionKeys.Add(section.Key)) errors.Add(new("The key \"{0}\" is used twice.", section.Key));
            if (string.IsNullOrWhiteSpace(section.Title.Fi)) errors.Add(new("The section {0} needs a title in Finnish.", section.Key));
            if (section.ShowIf is { } sectionCondition) CheckCondition(sectionCondition, section.Key, seen, errors);
            foreach (var q in section.Questions)
            {
                if (q.ShowIf is { } condition) CheckCondition(condition, q.Key, seen, errors);
                CheckQuestion(q, errors);
                if (!KeyPattern().IsMatch(q.Key)) continue;
                if (!seen.TryAdd(q.Key, q)) errors.Add(new("The key \"{0}\" is used twice.", q.Key));
            }
        }
        return errors;
    }

    /// <summary>What a survey being built may still lack, but one that takes answers (or is imported) may not.</summary>
    public static List<DefinitionError> Readiness(SurveyDefinition d)
    {
        var errors = new List<DefinitionError>();
        if (d.Sections.Count == 0) errors.Add(new("The survey needs at least one section."));
        errors.AddRange(d.Sections.Where(s => s.Questions.Count == 0).Select(s => new DefinitionError("The section {0} has no questions.", s.Key)));
        return errors;
    }

    private static void CheckQuestion(QuestionDefinition q, List<DefinitionError> errors)
    {
        if (!KeyPattern().IsMatch(q.Key)) errors.Add(new("The key \"{0}\" is not valid: use letters, digits, - and _, starting with a letter.", q.Key));
        if (!Enum.IsDefined(q.Type)) errors.Add(new("The question {0} has a type that does not exist.", q.Key));
        if (string.IsNullOrWhiteSpace(q.Text.Fi)) errors.Add(new("The question {0} needs a text in Finnish.", q.Key));
        switch (q.Type)
        {
            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                CheckChoices(q.Key, q.Options, 2, errors);
                if (q.Type == QuestionType.MultipleChoice)
                {
                    var min = q.MinPicks ?? 0;
                    var max = q.MaxPicks ?? q.Options.Count;
                    if (min < 0 || max < 1 || min > max || max > q.Options.Count)
                        errors.Add(new("The question {0}: the numbers of picks must be between 0 and the number of choices, the least not above the most.", q.Key));
                }
                break;
            case QuestionType.Matrix:
                CheckChoices(q.Key, q.Statements, 1, errors);
                break;
        }
        if (q.Type is not (QuestionType.SingleChoice or QuestionType.MultipleChoice) && q.Options.Count > 0)
            errors.Add(new("The question {0}: only choice questions have choices.", q.Key));
        if (q.HasScale)
        {
            var s = q.EffectiveScale;
            if (s.Min < 0 || s.Max > 10 || s.Min >= s.Max) errors.Add(new("The question {0}: the scale must run upwards within 0–10.", q.Key));
        }
        else if (q.Scale is not null)
        {
            errors.Add(new("The question {0}: only scale questions have a scale.", q.Key));
        }
    }

    private static void CheckChoices(string key, List<Choice> choices, int least, List<DefinitionError> errors)
    {
        if (choices.Count < least) errors.Add(new("The question {0} needs at least {1} choices or statements.", key, least));
        if (choices.Any(c => string.IsNullOrWhiteSpace(c.Value) || c.Value.Contains('.') || c.Value == Scale.DontKnowValue))
            errors.Add(new("The question {0}: every choice needs a value without dots (and not \"dk\").", key));
        if (choices.Select(c => c.Value).Distinct(StringComparer.Ordinal).Count() != choices.Count)
            errors.Add(new("The question {0}: two choices have the same value.", key));
        if (choices.Any(c => string.IsNullOrWhiteSpace(c.Text.Fi))) errors.Add(new("The question {0}: every choice needs a text in Finnish.", key));
    }

    /// <summary>A condition may only look back: at a question shown before the thing it governs, and at values that question can have.</summary>
    private static void CheckCondition(Condition c, string owner, Dictionary<string, QuestionDefinition> earlier, List<DefinitionError> errors)
    {
        if (!earlier.TryGetValue(c.Question, out var source))
        {
            errors.Add(new("The condition of {0} refers to {1}, which is not an earlier question.", owner, c.Question));
            return;
        }
        if (c.Operator == ConditionOperator.Answered) return;
        if (c.Values.Count == 0) errors.Add(new("The condition of {0} names no values.", owner));
        var possible = source.Type switch
        {
            QuestionType.SingleChoice or QuestionType.MultipleChoice => source.Options.Select(o => o.Value).ToHashSet(),
            _ when source.HasScale && source.Type != QuestionType.Matrix => source.EffectiveScale.Values.Select(v => v.ToString()).Append(Scale.DontKnowValue).ToHashSet(),
            _ => null,
        };
        if (possible is null) errors.Add(new("The condition of {0}: {1} has no choices to compare with.", owner, c.Question));
        else if (c.Values.Any(v => !possible.Contains(v))) errors.Add(new("The condition of {0} names a value that {1} does not have.", owner, c.Question));
        if (c.Operator == ConditionOperator.Includes && source.Type != QuestionType.MultipleChoice)
            errors.Add(new("The condition of {0}: \"includes\" needs a multiple choice question.", owner));
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,39}$")]
    private static partial Regex KeyPattern();
}
