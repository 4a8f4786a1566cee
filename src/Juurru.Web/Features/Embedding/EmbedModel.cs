using Juurru.Data;
using Juurru.Features.Practices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Embedding;

/// <summary>
/// An organisation's, project's or theme's published practices as a small page for an iframe on the owner's own site
/// (<c>/fi/embed/organisations/12</c>). A few parameters fit it to that site: <c>theme=light|dark</c>,
/// <c>accent=green|blue|purple|grey</c>, <c>limit</c> (1–50) and <c>heading=false</c>. Only these pages may be framed
/// (see <see cref="EmbedFraming"/>); links open the full pages in a new tab, since those refuse framing.
/// </summary>
public abstract class EmbedModel(JuurruDbContext db) : PageModel
{
    protected JuurruDbContext Db { get; } = db;

    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;
    private static readonly string[] Themes = ["light", "dark"];
    private static readonly string[] Accents = ["green", "blue", "purple", "grey"];

    public string Name { get; protected set; } = "";
    public string MoreUrl { get; protected set; } = "";
    public IReadOnlyList<PracticeCard> Practices { get; private set; } = [];
    public int Total { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Theme { get; set; }
    [BindProperty(SupportsGet = true)] public string? Accent { get; set; }
    [BindProperty(SupportsGet = true)] public int? Limit { get; set; }
    [BindProperty(SupportsGet = true)] public bool Heading { get; set; } = true;

    /// <summary>The body's classes from the parameters; an unknown value falls back to the default rather than failing the owner's page.</summary>
    public string Classes => $"embed theme-{(Themes.Contains(Theme) ? Theme : "light")} accent-{(Accents.Contains(Accent) ? Accent : "green")}";

    protected async Task LoadAsync(PracticeFilter filter, CancellationToken ct)
    {
        var published = Db.Practices.Where(p => p.Status == PracticeStatus.Published).Filter(filter);
        Total = await published.CountAsync(ct);
        Practices = await published.Sorted(PracticeSort.Newest).Take(Math.Clamp(Limit ?? DefaultLimit, 1, MaxLimit)).ToCardsAsync(ct);
    }
}
