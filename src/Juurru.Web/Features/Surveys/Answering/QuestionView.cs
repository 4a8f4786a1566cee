namespace Juurru.Features.Surveys.Answering;

/// <summary>What the _Question partial renders: one question with its current answers and errors.</summary>
public sealed record QuestionView(QuestionDefinition Question, Answers Answers, IReadOnlyDictionary<string, AnswerError> Errors)
{
    /// <summary>The names of attached files by their keys (File questions).</summary>
    public IReadOnlyDictionary<string, string> FileNames { get; init; } = new Dictionary<string, string>();

    public long MaxFileMegabytes { get; init; }

    public static string Id(string field) => field.Replace('.', '_');
}

public sealed record ScaleChoices(Scale Scale, string Field, string? Chosen);
