using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Organisations;

public sealed class IndexModel(JuurruDbContext db, Identity.CurrentUser user) : PageModel
{
    public bool CanAdd { get; private set; }

    public sealed record Row(int Id, string Name, OrganisationType Type, string? Region, int Projects);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public OrganisationType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Option<string>> Regions { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;
    private const int Size = 50;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await user.GetScopeAsync(ct);
        CanAdd = new OrganisationAccess(null).Allows(scope, nameof(OrganisationOperations.Create));
        var query = db.Organisations.AsNoTracking().Filter(Q, Type, Region);
        Total = await query.CountAsync(ct);
        PageNumber = Math.Max(1, PageNumber);
        var culture = Cultures.Current;
        var rows = await query.OrderBy(o => o.SortKey).Skip((PageNumber - 1) * Size).Take(Size)
            .Select(o => new
            {
                o.Id, o.Name, o.Type, o.Region,
                Projects = db.Projects.Count(p => p.LeadOrganisationId == o.Id || p.Partners.Any(x => x.OrganisationId == o.Id)),
            })
            .ToListAsync(ct);
        Rows = rows.Select(r => new Row(r.Id, r.Name, r.Type, r.Region?.NameIn(culture), r.Projects)).ToList();
        Regions = (await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(ct)).Select(r => new Option<string>(r.Code, r.NameIn(culture))).ToList();
        Pager = new Pager(PageNumber, Pager.PageCount(Total, Size), p => Pager.Link(Request,
            [new("q", Q), new("type", Type?.ToString()), new("region", Region), new("page", p.ToString())]));
    }
}
