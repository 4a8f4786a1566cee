using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Organisations;

/// <summary>Open data: the organisations (education providers, employers, associations …) and what they take part in.</summary>
public static class OrganisationsApi
{
    public const int MaxPageSize = 200;

    public sealed record ListItem(int Id, string Name, IReadOnlyList<string> OtherNames, OrganisationType Type, RegionRef? Region,
        string? BusinessId, string? Website, int Projects, string Url);

    /// <param name="Page">The page number; null when the page was asked by <c>after</c>.</param>
    /// <param name="Next">The <c>after</c> value of the next page; null on the last.</param>
    public sealed record ListResponse(int Total, int? Page, int PageSize, int? Next, IReadOnlyList<ListItem> Items);

    public sealed record OrganisationView(int Id, string Name, IReadOnlyList<string> OtherNames, OrganisationType Type, RegionRef? Region,
        string? BusinessId, string? Website, string Url, IReadOnlyList<ProjectRow> LeadProjects, IReadOnlyList<ProjectRow> PartnerProjects,
        IReadOnlyList<PracticeCard> Practices);

    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/organisations").WithTags("Organisations");
        group.MapGet("/", ListAsync).WithName("ListOrganisations")
            .WithSummary("Organisations in name order: q (words of the name), type, region; paged by page or by after (the last id received).");
        group.MapGet("/{id:int}", GetAsync).WithName("GetOrganisation")
            .WithSummary("One organisation with the projects it leads or is a partner in and its published practices.");
        return app;
    }

    private static async Task<Results<Ok<ListResponse>, BadRequest<string>>> ListAsync(
        [FromQuery] string? q, [FromQuery] OrganisationType? type, [FromQuery] string? region,
        [FromQuery] int? page, [FromQuery] int? pageSize, [FromQuery] int? after,
        JuurruDbContext db, IOptions<JuurruOptions> options, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? 50, 1, MaxPageSize);
        var number = Math.Max(1, page ?? 1);
        var query = db.Organisations.AsNoTracking().Filter(q, type, region);
        var total = await query.CountAsync(ct);
        var ordered = query.OrderBy(o => o.SortKey).ThenBy(o => o.Id);
        IQueryable<Organisation> window;
        if (after is { } last)
        {
            // A cursor holds its place when organisations are added or renamed before it, as a page number does not.
            var key = await db.Organisations.Where(o => o.Id == last).Select(o => o.SortKey).SingleOrDefaultAsync(ct);
            if (key is null) return TypedResults.BadRequest($"No organisation {last}: start again without after.");
            window = ordered.Where(o => string.Compare(o.SortKey, key) > 0 || o.SortKey == key && o.Id > last).Take(size + 1);
        }
        else window = ordered.Skip((number - 1) * size).Take(size + 1);
        var culture = Cultures.Current;
        var rows = await window.Select(o => new
        {
            o.Id, o.Name, o.OtherNames, o.Type, o.Region, o.BusinessId, o.Website,
            Projects = db.Projects.Count(p => p.LeadOrganisationId == o.Id || p.Partners.Any(x => x.OrganisationId == o.Id)),
        }).ToListAsync(ct);
        var pages = options.Value.Absolute($"/{Cultures.Default}/organisations/");
        var items = rows.Take(size).Select(o => new ListItem(o.Id, o.Name, Organisation.SplitOtherNames(o.OtherNames), o.Type,
            o.Region is null ? null : new RegionRef(o.Region.Code, o.Region.NameIn(culture)), o.BusinessId, o.Website, o.Projects, pages + o.Id)).ToList();
        return TypedResults.Ok(new ListResponse(total, after is null ? number : null, size, rows.Count > size ? items[^1].Id : null, items));
    }

    private static async Task<Results<Ok<OrganisationView>, NotFound>> GetAsync(int id, JuurruDbContext db, IOptions<JuurruOptions> options, CancellationToken ct)
    {
        var o = await db.Organisations.AsNoTracking().Include(x => x.Region).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (o is null) return TypedResults.NotFound();
        var lead = await db.Projects.Where(p => p.LeadOrganisationId == id).OrderBy(p => p.SortKey).ToRowsAsync(db, ct);
        var partner = await db.Projects.Where(p => p.Partners.Any(x => x.OrganisationId == id)).OrderBy(p => p.SortKey).ToRowsAsync(db, ct);
        var practices = await db.Practices.Where(p => p.Status == PracticeStatus.Published)
            .Filter(new PracticeFilter { Organisation = id }).Sorted(PracticeSort.Title).ToCardsAsync(ct);
        return TypedResults.Ok(new OrganisationView(o.Id, o.Name, o.OtherNameList, o.Type,
            o.Region is null ? null : new RegionRef(o.Region.Code, o.Region.NameIn(Cultures.Current)), o.BusinessId, o.Website,
            options.Value.Absolute($"/{Cultures.Default}/organisations/{o.Id}"), lead, partner, practices));
    }
}
