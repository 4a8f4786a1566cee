using Microsoft.Extensions.Localization;

namespace Juurru.Features.Shared;

/// <summary>
/// Counted phrases in the right plural form. Finnish, Swedish and English share the CLDR cardinal rule: "one" for the
/// whole number 1 only, "other" for everything else (0, 2, 21 …). Both forms are keys of their own in the translations.
/// </summary>
public static class Plurals
{
    public static LocalizedString Plural(this IStringLocalizer L, int count, string one, string other, params object[] more) =>
        L[count == 1 ? one : other, [count, .. more]];
}
