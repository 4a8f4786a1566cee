using System.Text;

namespace Juurru.Features.Shared;

/// <summary>
/// Text people typed, as it may be stored and exported: control characters other than tab and line breaks, lone
/// surrogates and the two non-characters XML forbids are dropped. They cannot be seen, mean nothing in an answer, and
/// would make an XML document (an .xlsx export) invalid.
/// </summary>
public static class TypedText
{
    public static string Clean(string text)
    {
        if (IsClean(text)) return text;
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[++i]);
                continue;
            }
            if (Allowed(c)) kept.Append(c);
        }
        return kept.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (!Allowed(c)) return false;
        }
        return true;
    }

    private static bool Allowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f) && !char.IsSurrogate(c) && c is not '\ufffe' and not '\uffff');
}
