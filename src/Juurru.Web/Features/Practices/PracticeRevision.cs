using System.Text.Json;

namespace Juurru.Features.Practices;

public enum RevisionAction
{
    Created,
    Edited,
    Submitted,
    Published,
    ReturnedToDraft,
    Archived,
    Restored,
    Imported,
    AttachmentAdded,
    AttachmentRemoved,
    /// <summary>Taken into an evaluation round (the note names the round).</summary>
    EvaluationStarted,
    /// <summary>An evaluator or a workshop group submitted a form; the evaluator is not named to the project.</summary>
    EvaluationSubmitted,
    /// <summary>The round closed with a decision (the note holds it).</summary>
    EvaluationDecided,
}

/// <summary>One changed field: its values before and after, as shown to editors.</summary>
public sealed record FieldChange(PracticeField Field, string Old, string New);

/// <summary>Who did what to a practice and when; what changed is kept field by field.</summary>
public sealed class PracticeRevision
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public Practice? Practice { get; set; }
    public DateTime At { get; set; }
    public RevisionAction Action { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string? Note { get; set; }
    public string ChangesJson { get; set; } = "[]";

    public IReadOnlyList<FieldChange> Changes =>
        JsonSerializer.Deserialize<List<FieldChange>>(ChangesJson, JsonOptions) ?? [];

    internal static PracticeRevision Create(Practice practice, RevisionAction action, string? userId, string userName,
        IReadOnlyList<FieldChange> changes, DateTime now, string? note) => new()
        {
            Practice = practice,
            At = now,
            Action = action,
            UserId = userId,
            UserName = userName,
            Note = note,
            ChangesJson = JsonSerializer.Serialize(changes, JsonOptions),
        };

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
