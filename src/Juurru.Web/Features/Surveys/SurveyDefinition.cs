using Juurru.Features.Shared;

namespace Juurru.Features.Surveys;

public enum QuestionType
{
    SingleChoice,
    MultipleChoice,
    /// <summary>One statement on a scale (default 1–5), optionally with "En osaa sanoa".</summary>
    Likert,
    /// <summary>Several statements on one scale.</summary>
    Matrix,
    ShortText,
    LongText,
    Number,
    Date,
    /// <summary>0–10 "how likely would you recommend", reported as NPS.</summary>
    Recommendation,
    /// <summary>An attached document or image (e.g. evidence); checked by its content like practice attachments.</summary>
    File,
}

/// <summary>
/// A survey's structure: sections of questions, each section and question optionally shown only when earlier answers
/// meet a condition. It is stored as one JSON document (also the export and import format), so a survey that has answers
/// keeps the exact definition they were given against.
/// </summary>
public sealed class SurveyDefinition
{
    /// <summary>The languages the survey is offered in; the first is its default. Texts fall back to Finnish.</summary>
    public List<string> Languages { get; set; } = ["fi"];
    public LocalizedText Title { get; set; } = new();
    public LocalizedText Intro { get; set; } = new();

    /// <summary>Shown (Markdown) after the answers are sent, e.g. what happens next; empty for the plain thanks.</summary>
    public LocalizedText ThankYou { get; set; } = new();
    public List<SectionDefinition> Sections { get; set; } = [];

    public IEnumerable<QuestionDefinition> Questions => Sections.SelectMany(s => s.Questions);

    public QuestionDefinition? Question(string key) => Questions.FirstOrDefault(q => q.Key == key);
}

public sealed class SectionDefinition
{
    public string Key { get; set; } = "";
    public LocalizedText Title { get; set; } = new();
    public LocalizedText Intro { get; set; } = new();
    public Condition? ShowIf { get; set; }
    public List<QuestionDefinition> Questions { get; set; } = [];
}

public sealed class QuestionDefinition
{
    /// <summary>Stable identifier: answers, conditions, exports and imported responses refer to it.</summary>
    public string Key { get; set; } = "";
    public QuestionType Type { get; set; }
    public LocalizedText Text { get; set; } = new();
    public LocalizedText Help { get; set; } = new();
    public bool Required { get; set; }
    public Condition? ShowIf { get; set; }

    /// <summary>Choices of single and multiple choice questions.</summary>
    public List<Choice> Options { get; set; } = [];

    /// <summary>Rows of a statement matrix.</summary>
    public List<Choice> Statements { get; set; } = [];

    /// <summary>Likert, matrix and recommendation questions.</summary>
    public Scale? Scale { get; set; }

    /// <summary>Multiple choice: how many may (at least, at most) be picked.</summary>
    public int? MinPicks { get; set; }
    public int? MaxPicks { get; set; }

    /// <summary>The scale a question is answered on: its own, or the type's default.</summary>
    public Scale EffectiveScale => Scale ?? (Type == QuestionType.Recommendation ? Scale.Recommendation() : Scale.Likert());

    public bool HasScale => Type is QuestionType.Likert or QuestionType.Matrix or QuestionType.Recommendation;
}

public sealed class Choice
{
    public string Value { get; set; } = "";
    public LocalizedText Text { get; set; } = new();
}

public sealed class Scale
{
    /// <summary>The value stored for "En osaa sanoa": shown, counted, but never part of a mean.</summary>
    public const string DontKnowValue = "dk";

    public int Min { get; set; } = 1;
    public int Max { get; set; } = 5;
    public LocalizedText MinLabel { get; set; } = new();
    public LocalizedText MaxLabel { get; set; } = new();
    public bool DontKnow { get; set; }
    public LocalizedText DontKnowLabel { get; set; } = new();

    public IEnumerable<int> Values => Enumerable.Range(Min, Max - Min + 1);

    public static Scale Likert() => new()
    {
        Min = 1, Max = 5,
        MinLabel = LocalizedText.Of("Täysin eri mieltä", "Helt av annan åsikt", "Strongly disagree"),
        MaxLabel = LocalizedText.Of("Täysin samaa mieltä", "Helt av samma åsikt", "Strongly agree"),
    };

    public static Scale Recommendation() => new()
    {
        Min = 0, Max = 10,
        MinLabel = LocalizedText.Of("En lainkaan todennäköisesti", "Inte alls sannolikt", "Not at all likely"),
        MaxLabel = LocalizedText.Of("Erittäin todennäköisesti", "Mycket sannolikt", "Extremely likely"),
    };
}

public enum ConditionOperator
{
    /// <summary>A single choice (or a scale value) is one of the values.</summary>
    AnyOf,
    /// <summary>A multiple choice includes at least one of the values.</summary>
    Includes,
    /// <summary>The question has any answer.</summary>
    Answered,
}

/// <summary>"Show this only when question X's answer …": refers to a question in an earlier section or earlier in the same section.</summary>
public sealed class Condition
{
    public string Question { get; set; } = "";
    public ConditionOperator Operator { get; set; } = ConditionOperator.AnyOf;
    public List<string> Values { get; set; } = [];

    public bool IsMet(Answers answers) => Operator switch
    {
        ConditionOperator.Answered => answers.Has(Question),
        _ => answers.Get(Question).Any(Values.Contains),
    };
}
