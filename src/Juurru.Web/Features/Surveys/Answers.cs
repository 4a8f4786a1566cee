using System.Text.Json;

namespace Juurru.Features.Surveys;

/// <summary>
/// A respondent's answers as one flat map, the way forms post them and exports lay them out: a question's key (or, for a
/// matrix statement, "question.statement") → its values. Single choice, scale, text, number and date answers have one
/// value; a multiple choice has one per pick. Scale answers are the number as text, or <see cref="Scale.DontKnowValue"/>.
/// </summary>
public sealed class Answers
{
    private readonly Dictionary<string, List<string>> _values;

    public Answers() : this(new Dictionary<string, List<string>>(StringComparer.Ordinal)) { }

    private Answers(Dictionary<string, List<string>> values) => _values = values;

    public IReadOnlyList<string> Get(string key) => _values.TryGetValue(key, out var v) ? v : [];

    public string? Single(string key) => _values.TryGetValue(key, out var v) && v.Count > 0 ? v[0] : null;

    /// <summary>Whether the question (or any statement of a matrix) has an answer.</summary>
    public bool Has(string question) =>
        _values.ContainsKey(question) || _values.Keys.Any(k => k.Length > question.Length && k.StartsWith(question, StringComparison.Ordinal) && k[question.Length] == '.');

    public void Set(string key, IEnumerable<string> values)
    {
        var list = values.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        if (list.Count == 0) _values.Remove(key);
        else _values[key] = list;
    }

    /// <summary>Removes a question's answers (and its matrix rows): when it is no longer shown, its old answer must not count.</summary>
    public void Clear(string question)
    {
        foreach (var key in _values.Keys.Where(k => k == question || k.StartsWith(question + ".", StringComparison.Ordinal)).ToList()) _values.Remove(key);
    }

    public string ToJson() => JsonSerializer.Serialize(_values);

    public static Answers FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? new Answers()
            : new Answers(new Dictionary<string, List<string>>(JsonSerializer.Deserialize<Dictionary<string, List<string>>>(json) ?? [], StringComparer.Ordinal));
}
