using Juurru.Data;
using Juurru.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Practices;

/// <summary>
/// Everything the practice page and GET /api/v1/practices/{id} show about one practice; <see cref="Licence"/> is the
/// address of its network's open licence.
/// </summary>
public sealed record PracticeView(
    int Id,
    PracticeKind Kind,
    PracticeStatus Status,
    string Title,
    string Summary,
    string GoalAndTargetGroup,
    string ContentAndActions,
    string StaffInduction,
    string Marketing,
    string Materials,
    string Resources,
    string ResultsAndIndicators,
    string Language,
    int? Year,
    string? CollectionPeriod,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? PublishedAt,
    NamedRef Network,
    IReadOnlyList<ThemeRef> Themes,
    IReadOnlyList<ProjectRef> Projects,
    IReadOnlyList<NamedRef> Organisations,
    IReadOnlyList<NamedRef> Keywords,
    IReadOnlyList<NamedRef> TargetGroups,
    IReadOnlyList<RegionRef> Regions,
    NamedRef? Model,
    IReadOnlyList<NamedRef> Applications,
    IReadOnlyList<ContactPerson> Contacts,
    IReadOnlyList<WebLink> Links,
    IReadOnlyList<AttachmentRef> Attachments,
    Evaluation.PublishedEvaluation? Evaluation,
    IReadOnlyList<Rooting.Adoptions.AdoptionView> Adoptions,
    Rooting.Adoptions.RootingView Rooting,
    string Licence)
{
    public PracticeAccess Access => new(Id, Network.Id, Status, Projects.Select(p => p.Id).ToList());
}

public sealed record NamedRef(int Id, string Name, string? Slug = null);
public sealed record ThemeRef(int Id, string Code, string Name, int? ParentId);
public sealed record ProjectRef(int Id, string Name, string? Acronym, string? LeadOrganisation, DateOnly? EndDate);
public sealed record RegionRef(string Code, string Name);
public sealed record AttachmentRef(int Id, string FileName, string ContentType, long Size);

public static class PracticeViewQuery
{
    public static async Task<PracticeView?> LoadViewAsync(this JuurruDbContext db, int id, string culture, CancellationToken ct)
    {
        var p = await db.Practices.AsNoTracking().AsSplitQuery()
            .Include(x => x.Network)
            .Include(x => x.Themes)
            .Include(x => x.Projects).ThenInclude(x => x.LeadOrganisation)
            .Include(x => x.Organisations)
            .Include(x => x.Keywords)
            .Include(x => x.TargetGroups)
            .Include(x => x.Regions)
            .Include(x => x.Model)
            .Include(x => x.Attachments)
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return null;
        var applications = await db.Practices.AsNoTracking()
            .Where(x => x.ModelId == id && x.Status == PracticeStatus.Published)
            .OrderBy(x => x.SortKey)
            .Select(x => new NamedRef(x.Id, x.Title, null))
            .ToListAsync(ct);
        var (adoptions, rooting) = await Rooting.Adoptions.AdoptionViews.ForPracticeAsync(db, p.Id, p.Kind, culture, ct);
        return new PracticeView(p.Id, p.Kind, p.Status, p.Title, p.Summary, p.GoalAndTargetGroup, p.ContentAndActions,
            p.StaffInduction, p.Marketing, p.Materials, p.Resources, p.ResultsAndIndicators, p.Language, p.Year,
            p.CollectionPeriod, p.CreatedAt, p.UpdatedAt, p.PublishedAt,
            new NamedRef(p.Network!.Id, p.Network.Name, p.Network.Slug),
            p.Themes.OrderBy(t => t.SortOrder).Select(t => new ThemeRef(t.Id, t.Code, t.Name, t.ParentId)).ToList(),
            p.Projects.OrderBy(x => x.SortKey)
                .Select(x => new ProjectRef(x.Id, x.Name, x.Acronym, x.LeadOrganisation?.Name, x.EndDate)).ToList(),
            p.Organisations.OrderBy(o => o.SortKey).Select(o => new NamedRef(o.Id, o.Name)).ToList(),
            p.Keywords.OrderBy(k => k.NormalizedName, StringComparer.Ordinal).Select(k => new NamedRef(k.Id, k.Name)).ToList(),
            p.TargetGroups.OrderBy(k => k.NormalizedName, StringComparer.Ordinal).Select(k => new NamedRef(k.Id, k.Name)).ToList(),
            p.Regions.OrderBy(r => r.Code).Select(r => new RegionRef(r.Code, r.NameIn(culture))).ToList(),
            p.Model is { Status: PracticeStatus.Published } m ? new NamedRef(m.Id, m.Title) : null,
            applications,
            p.Contacts.ToList(),
            p.Links.ToList(),
            p.Attachments.OrderBy(a => a.FileName).Select(a => new AttachmentRef(a.Id, a.FileName, a.ContentType, a.Size)).ToList(),
            await Evaluation.PublishedEvaluationQuery.LoadAsync(db, p.Id, p.DecisionRoundId, culture, ct),
            adoptions, rooting, OpenData.OpenLicence.For(p.Network.Licence).Url);
    }
}
