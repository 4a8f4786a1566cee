using Juurru.Data;
using Juurru.Features.Practices;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Rooting.Adoptions;

/// <summary>An adoption as the practice page and GET /api/v1/practices/{id} show it; the contact only when it is public.</summary>
public sealed record AdoptionView(
    int Id,
    NamedRef Organisation,
    RegionRef? Region,
    DateOnly? Since,
    AdoptionScope Scope,
    string ScopeDetail,
    AdoptionStatus Status,
    string? StopReason,
    string? Adaptation,
    DateTime ConfirmedAt,
    AdoptionSource ConfirmedBy,
    AdoptionContact? Contact);

public sealed record AdoptionContact(string Name, string Email);

/// <summary>
/// Where a practice has taken root: its status with the date it was last confirmed, how many organisations use it, try
/// it or have stopped, and for a model also how many organisations use the good practices that apply it.
/// </summary>
public sealed record RootingView(
    RootingStatus Status,
    DateTime? ConfirmedAt,
    int OrganisationsInUse,
    int OrganisationsTryingOut,
    int OrganisationsStopped,
    int? OrganisationsUsingApplications)
{
    /// <summary>The one-line summary the badge shows: the status with the organisations counted in it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public RootingSummary Summary => new(Status, Status switch
    {
        RootingStatus.InUse => OrganisationsInUse,
        RootingStatus.TryingOut => OrganisationsTryingOut,
        _ => OrganisationsStopped,
    }, ConfirmedAt);
}

public static class AdoptionViews
{
    public static async Task<(IReadOnlyList<AdoptionView> Adoptions, RootingView Rooting)> ForPracticeAsync(JuurruDbContext db, int practiceId,
        PracticeKind kind, string culture, CancellationToken ct)
    {
        var rows = await db.Adoptions.AsNoTracking().Where(a => a.PracticeId == practiceId)
            .Select(a => new
            {
                Adoption = a, a.Organisation!.Name, a.Organisation.SortKey,
                a.Organisation.Region,
            })
            .ToListAsync(ct);
        var adoptions = rows.OrderBy(r => r.Region?.Code ?? "~").ThenBy(r => r.SortKey, StringComparer.Ordinal).Select(r =>
        {
            var a = r.Adoption;
            return new AdoptionView(a.Id, new NamedRef(a.OrganisationId, r.Name),
                r.Region is null ? null : new RegionRef(r.Region.Code, r.Region.NameIn(culture)),
                a.Since, a.Scope, a.ScopeDetail, a.Status, a.Status == AdoptionStatus.Stopped ? a.StopReason : null,
                a.Adaptation.Length > 0 ? a.Adaptation : null, a.ConfirmedAt, a.ConfirmedBy,
                a.ContactPublic ? new AdoptionContact(a.ContactName, a.ContactEmail) : null);
        }).ToList();
        var summary = RootingSummary.Of(adoptions.Select(a => (a.Status, a.ConfirmedAt)));
        int? applications = null;
        if (kind == PracticeKind.Model)
        {
            // A model lives on in the good practices that apply it: the organisations using those count too.
            applications = await db.Adoptions.Where(a => a.Status == AdoptionStatus.InUse && a.Practice!.ModelId == practiceId
                                                         && a.Practice.Status == PracticeStatus.Published)
                .Select(a => a.OrganisationId).Distinct().CountAsync(ct);
        }
        int Count(AdoptionStatus s) => adoptions.Count(a => a.Status == s);
        return (adoptions, new RootingView(summary.Status, summary.ConfirmedAt, Count(AdoptionStatus.InUse), Count(AdoptionStatus.TryingOut),
            Count(AdoptionStatus.Stopped), applications));
    }
}

/// <summary>The model of the practice page's rooting section.</summary>
public sealed record AdoptionSection(int PracticeId, IReadOnlyList<AdoptionView> Adoptions, RootingView Rooting, bool CanAdopt, IReadOnlySet<int> Editable);
