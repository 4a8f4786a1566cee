using System.Globalization;
using System.Text;

namespace Juurru.Data;

/// <summary>Derived keys stored beside names so that both databases compare and sort text the same way.</summary>
public static class TextKeys
{
    /// <summary>Lower-case, NFC, single spaces: for case-insensitive equality and the simple text filter.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var lower = text.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var sb = new StringBuilder(lower.Length);
        var space = false;
        foreach (var c in lower)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// A key whose ordinal order is Finnish alphabetical order (å, ä, ö after z), so that
    /// SQLite and PostgreSQL (with collation "C") page through names identically.
    /// </summary>
    public static string SortKey(string? text)
    {
        var n = Normalize(text);
        var sb = new StringBuilder(n.Length);
        foreach (var c in n)
        {
            sb.Append(c switch
            {
                'å' => '{',
                'ä' => '|',
                'æ' => '|',
                'ö' => '}',
                'ø' => '}',
                'š' => 's',
                'ž' => 'z',
                'é' => 'e',
                'ü' => 'y',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>Letters and digits only, diacritics folded: for matching names spelled in several ways.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }
}
