using System.Globalization;
using System.Text;

namespace Juurru.Features.Shared;

/// <summary>
/// The readable words in a practice's or project's address: "/fi/practices/12/ryhmaytymisen-malli". The number keeps
/// the address stable (a renamed practice keeps its number, and its old words redirect to the new ones); the words let
/// a reader of a report or a search result see what the link is about. Computed from the title, never stored.
/// </summary>
public static class Slugs
{
    private const int MaxLength = 60;

    /// <summary>
    /// The fixed words after a practice's or project's number ("/practices/12/edit"). A title whose words are exactly one
    /// of these would lead to that page instead, so it gets no words in its address. A test holds this list to the routes.
    /// </summary>
    public static readonly IReadOnlySet<string> SubPages = new HashSet<string>(StringComparer.Ordinal)
    {
        "edit", "history", "attachments", "evaluation", "adoptions", "members", "indicators",
    };

    /// <summary>Lower-case ASCII words joined by hyphens ("Ryhmäytymisen malli" → "ryhmaytymisen-malli"); null when nothing is left.</summary>
    public static string? Of(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var text = new StringBuilder(Math.Min(title.Length, MaxLength + 20));
        var pendingHyphen = false;
        // FormD splits ä into a + combining diaeresis, which is dropped: Finnish and Swedish letters become their base letter.
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && text.Length > 0) text.Append('-');
                pendingHyphen = false;
                text.Append(char.ToLowerInvariant(c));
                if (text.Length >= MaxLength + 20) break;
            }
            else pendingHyphen = true;
        }
        var slug = Shorten(text.ToString());
        return slug.Length == 0 || SubPages.Contains(slug) ? null : slug;
    }

    /// <summary>"/words" to append to a page's numbered address, or "" when the title gives no words.</summary>
    public static string Suffix(string? title) => Of(title) is { } slug ? "/" + slug : "";

    /// <summary>A practice's page without the language: "practices/12/ryhmaytymisen-malli".</summary>
    public static string PracticePath(int id, string? title) => $"practices/{id}{Suffix(title)}";

    /// <summary>A project's page without the language: "projects/3/pure-steel".</summary>
    public static string ProjectPath(int id, string? name) => $"projects/{id}{Suffix(name)}";

    /// <summary>An event's page without the language: "events/5/teematapahtuma".</summary>
    public static string EventPath(int id, string? title) => $"events/{id}{Suffix(title)}";

    // Long titles are cut at the last whole word that fits.
    private static string Shorten(string slug)
    {
        if (slug.Length <= MaxLength) return slug;
        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > 0 ? slug[..cut] : slug[..MaxLength];
    }
}
