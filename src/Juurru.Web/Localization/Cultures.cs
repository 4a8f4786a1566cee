using System.Globalization;

namespace Juurru.Localization;

/// <summary>The UI languages: Finnish first, then Swedish and English.</summary>
public static class Cultures
{
    public const string Default = "fi";
    public static readonly string[] Supported = ["fi", "sv", "en"];

    public static bool IsSupported(string? culture) => culture is not null && Supported.Contains(culture);

    /// <summary>The current UI language as one of <see cref="Supported"/>.</summary>
    public static string Current
    {
        get
        {
            var name = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            return IsSupported(name) ? name : Default;
        }
    }

    /// <summary>Runs <paramref name="write"/> with <paramref name="culture"/> as the current language (a message written for someone else).</summary>
    public static T Using<T>(string culture, Func<T> write)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(IsSupported(culture) ? culture : Default);
            return write();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    /// <summary>Name of each language in that language, for the language switcher.</summary>
    public static string Endonym(string culture) => culture switch
    {
        "sv" => "Svenska",
        "en" => "English",
        _ => "Suomi",
    };
}
