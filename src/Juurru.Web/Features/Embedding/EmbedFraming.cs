namespace Juurru.Features.Embedding;

/// <summary>
/// Which pages other sites may frame: only the embeddable lists. Everything else keeps <c>frame-ancestors 'none'</c>
/// and <c>X-Frame-Options: DENY</c> (clickjacking); these pages have no forms and nothing that acts for a signed-in user.
/// </summary>
public static class EmbedFraming
{
    public static bool MayBeFramed(PathString path)
    {
        var segments = path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return segments is [var culture, "embed", ..] && Localization.Cultures.IsSupported(culture);
    }
}
