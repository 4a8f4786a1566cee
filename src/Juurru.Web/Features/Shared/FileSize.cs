using System.Globalization;

namespace Juurru.Features.Shared;

/// <summary>
/// A file's size as people read it, in the page's language: "850 B", "12 kB", "1,4 MB" (Finnish and Swedish decimal
/// comma). Rounded half away from zero, and never "0 kB" for a file that has content.
/// </summary>
public static class FileSize
{
    public static string Format(long bytes, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        return bytes switch
        {
            < 1024 => string.Create(culture, $"{bytes} B"),
            < 1024 * 1024 => string.Create(culture, $"{Math.Round(bytes / 1024m, MidpointRounding.AwayFromZero):0} kB"),
            _ => string.Create(culture, $"{Math.Round(bytes / (1024m * 1024m), 1, MidpointRounding.AwayFromZero):0.0} MB"),
        };
    }
}
