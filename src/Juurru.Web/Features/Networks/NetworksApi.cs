using Juurru.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Networks;

public static class NetworksApi
{
    public sealed record ThemeNode(int Id, string Code, string Name, IReadOnlyList<ThemeNode> Subthemes);
    public sealed record NetworkItem(int Id, string Slug, string Name, string Description, string? Website, IReadOnlyList<ThemeNode> Themes);

    public static IEndpointRouteBuilder MapNetworksApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/networks").WithTags("Networks")
            .MapGet("/", ListAsync).WithName("ListNetworks").WithSummary("Networks with their theme trees.");
        return app;
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
