using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Juurru.Features.Surveys;

/// <summary>
/// A respondent's answers as one flat map, the way forms post them and exports lay them out: a question's key (or, for a
/// matrix statement, "question.statement") → its values. Single choice, scale, text, number and date answers have one
/// value; a multiple choice has one per pick. Scale answers are the number as text, or <see cref="Scale.DontKnowValue"/>.
/// Stored as a JSON object of string arrays.
/// </summary>
public sealed class Answers
{
    private readonly Dictionary<string, string[]> _values;

    public Answers() : this(new Dictionary<string, string[]>(StringComparer.Ordinal)) { }

    private Answers(Dictionary<string, string[]> values) => _values = values;

    public IReadOnlyList<string> Get(string key) => _values.TryGetValue(key, out var v) ? v : [];

    public string? Single(string key) => _values.TryGetValue(key, out var v) && v.Length > 0 ? v[0] : null;

    /// <summary>Whether the question (or any statement of a matrix) has an answer.</summary>
    public bool Has(string question) =>
        _values.ContainsKey(question) || _values.Keys.Any(k => k.Length > question.Length && k.StartsWith(question, StringComparison.Ordinal) && k[question.Length] == '.');

    public void Set(string key, IEnumerable<string> values)
    {
        var list = values.Select(v => v.Trim()).Where(v => v.Length > 0).ToArray();
        if (list.Length == 0) _values.Remove(key);
        else _values[key] = list;
    }

    /// <summary>Removes a question's answers (and its matrix rows): when it is no longer shown, its old answer must not count.</summary>
    public void Clear(string question)
    {
        foreach (var key in _values.Keys.Where(k => k == question || k.StartsWith(question + ".", StringComparison.Ordinal)).ToList()) _values.Remove(key);
    }

    public string ToJson() => JsonSerializer.Serialize(_values);

    public static Answers FromJson(string? json) => new Reader().Read(json);

    /// <summary>
    /// Reads stored answers. A report reads thousands of them whose keys and choice values repeat: one reader shares
    /// those short strings between them instead of allocating each again (reading was most of a large report's time).
    /// </summary>
    public sealed class Reader
    {
        private const int SharedUpTo = 24;
        private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public Reader() => _lookup = _shared.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <exception cref="JsonException">The text is not a JSON object of string arrays.</exception>
        public Answers Read(string? json)
        {
            var values = new Dictionary<string, string[]>(StringComparer.Ordinal);
            if (string.IsNullOrEmpty(json)) return new Answers(values);
            var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
            try
            {
                var reader = new Utf8JsonReader(buffer.AsSpan(0, Encoding.UTF8.GetBytes(json, buffer)));
                Expect(ref reader, JsonTokenType.StartObject);
                var picks = new List<string>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = Text(ref reader);
                    Expect(ref reader, JsonTokenType.StartArray);
                    picks.Clear();
                    while (reader.Read() && reader.TokenType == JsonTokenType.String) picks.Add(Text(ref reader));
                    if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException("An answer must be an array of strings.");
                    values[key] = picks.ToArray();
                }
                if (reader.TokenType != JsonTokenType.EndObject) throw new JsonException("Answers must be a JSON object.");
                return new Answers(values);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
        {
            if (!reader.Read() || reader.TokenType != type) throw new JsonException($"Expected {type} in stored answers.");
        }

        private string Text(ref Utf8JsonReader reader)
        {
            var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
            if (length > SharedUpTo) return reader.GetString()!;
            Span<char> chars = stackalloc char[SharedUpTo];
            var text = chars[..reader.CopyString(chars)];
            if (_lookup.TryGetValue(text, out var known)) return known;
            var s = text.ToString();
            _shared[s] = s;
            return s;
        }
    }
}
