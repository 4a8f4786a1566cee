using Juurru.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Networks;

public static class NetworksApi
{
    public sealed record ThemeNode(int Id, string Code, string Name, IReadOnlyList<ThemeNode> Subthemes);
    public sealed record NetworkItem(int Id, string Slug, string Name, string Description, string? Website, IReadOnlyList<ThemeNode> Themes);

    public sealed record ThemeView(int Id, string Code, string Name, string Description, Practices.NamedRef Network, ThemeNode? Parent,
        IReadOnlyList<IndexModel.ThemeCount> Subthemes, int PracticeCount, IReadOnlyList<Practices.PracticeCard> NewestPractices,
        IReadOnlyList<Projects.ProjectRow> Projects, string Url);

    public static IEndpointRouteBuilder MapNetworksApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/networks").WithTags("Networks")
            .MapGet("/", ListAsync).WithName("ListNetworks").WithSummary("Networks with their theme trees.");
        app.MapGroup("/api/v1/themes").WithTags("Networks")
            .MapGet("/{id:int}", GetThemeAsync).WithName("GetTheme")
            .WithSummary("A theme or subtheme: its description, subthemes with their numbers of published practices, the 20 newest practices and its projects.");
        return app;
    }

    private static async Task<Results<Ok<ThemeView>, NotFound>> GetThemeAsync(int id, JuurruDbContext db,
        Microsoft.Extensions.Options.IOptions<JuurruOptions> options, CancellationToken ct)
    {
        var theme = await db.Themes.AsNoTracking().Include(t => t.Network).Include(t => t.Parent).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (theme is null) return TypedResults.NotFound();
        var contents = await ThemeContents.LoadAsync(db, id, ct);
        return TypedResults.Ok(new ThemeView(theme.Id, theme.Code, theme.Name, theme.Description,
            new Practices.NamedRef(theme.Network!.Id, theme.Network.Name, theme.Network.Slug),
            theme.Parent is { } parent ? new ThemeNode(parent.Id, parent.Code, parent.Name, []) : null,
            contents.Subthemes,
            contents.PracticeCount, contents.Practices, contents.Projects,
            options.Value.Absolute($"/{Localization.Cultures.Default}/themes/{theme.Id}")));
    }

    private static async Task<Ok<List<NetworkItem>>> ListAsync(JuurruDbContext db, CancellationToken ct)
    {
        var networks = await db.Networks.AsNoTracking().Include(n => n.Themes).OrderBy(n => n.SortKey).ToListAsync(ct);
        return TypedResults.Ok(networks.Select(n => new NetworkItem(n.Id, n.Slug, n.Name, n.Description, n.Website, Tree(n.Themes))).ToList());
    }

    public static IReadOnlyList<ThemeNode> Tree(IEnumerable<Theme> themes)
    {
        var all = themes.OrderBy(t => t.SortOrder).ThenBy(t => t.Code).ToList();
        return all.Where(t => t.ParentId is null)
            .Select(t => new ThemeNode(t.Id, t.Code, t.Name,
                all.Where(c => c.ParentId == t.Id).Select(c => new ThemeNode(c.Id, c.Code, c.Name, [])).ToList()))
            .ToList();
    }
}
