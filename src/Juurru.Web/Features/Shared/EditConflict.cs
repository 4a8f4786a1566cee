using System.Security.Cryptography;
using System.Text;

namespace Juurru.Features.Shared;

/// <summary>
/// Someone else saved what you were editing. Shown above your form, which keeps your text: who saved, when, and each field
/// where the saved version and yours differ, so you can take theirs over or save yours knowingly.
/// </summary>
/// <param name="Rows">Field labels are translation keys.</param>
public sealed record EditConflict(string? SavedBy, DateTime? SavedAt, IReadOnlyList<ConflictRow> Rows);

public sealed record ConflictRow(string Field, string Saved, string Yours)
{
    /// <summary>The fields (label key, text as people read it) where the saved version and yours differ, in the given order.</summary>
    public static IReadOnlyList<ConflictRow> Where<TForm>(TForm saved, TForm yours, IEnumerable<(string Field, Func<TForm, string> Text)> fields) =>
        fields.Select(f => new ConflictRow(f.Field, f.Text(saved), f.Text(yours))).Where(row => row.Saved != row.Yours).ToList();
}

/// <summary>
/// What an edit form was opened on, as a fingerprint of the content it shows. The form carries it; a save is compared
/// against the content as stored then. Content, not a version number: a change the form does not hold (a status, the rooting
/// summary) is no reason to stop an edit, while any change to what the form shows is.
/// </summary>
public static class ContentFingerprint
{
    public static string Of<TKey>(IEnumerable<KeyValuePair<TKey, string>> fields) where TKey : notnull
    {
        var text = new StringBuilder();
        foreach (var (key, value) in fields) text.Append(key).Append('\u001f').Append(value).Append('\u001e');
        return Of(text.ToString());
    }

    public static string Of(string content) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..32];
}
