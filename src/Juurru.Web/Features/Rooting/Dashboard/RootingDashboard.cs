using Juurru.Data;
using Juurru.Features.Evaluation;
using Juurru.Features.Practices;
using Juurru.Features.Rooting.Adoptions;
using Juurru.Features.Rooting.FollowUps;
using Juurru.Features.Rooting.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Rooting.Dashboard;

/// <summary>
/// Computes <see cref="RootingFigures"/> for a network. The heavy part runs in the database (one outcome per practice
/// and follow-up length, grouped there); the rest reads narrow rows: practices with their kind and decision, their
/// theme links, adoptions, and the common indicators' latest values (kept on each indicator, so the measurements are
/// never read).
/// </summary>
public static class RootingDashboard
{
    public const string NotEvaluated = "NotEvaluated";

    /// <summary>The figures as the user may see them: the follow-ups' progress for the network's coordinators only. Null for no such network.</summary>
    public static async Task<RootingFigures?> ForUserAsync(JuurruDbContext db, string slug, Identity.CurrentUser user, DateTime now, string culture, CancellationToken ct)
    {
        var networkId = await db.Networks.Where(n => n.Slug == slug).Select(n => (int?)n.Id).SingleOrDefaultAsync(ct);
        if (networkId is null) return null;
        var coordinator = (await user.GetScopeAsync(ct)).Coordinates(networkId.Value);
        return await ComputeAsync(db, slug, coordinator, now, culture, ct);
    }

    public static async Task<RootingFigures?> ComputeAsync(JuurruDbContext db, string slug, bool forCoordinators, DateTime now, string culture, CancellationToken ct)
    {
        var network = await db.Networks.AsNoTracking().Where(n => n.Slug == slug).Select(n => new { n.Id, n.Name, n.Slug, n.FollowUpMonths }).SingleOrDefaultAsync(ct);
        if (network is null) return null;
        var today = DateOnly.FromDateTime(now);
        var published = db.Practices.Where(p => p.NetworkId == network.Id && p.Status == PracticeStatus.Published);

        // Per practice and follow-up length: did any organisation say it is still in use, did any say it stopped.
        var outcomes = await (from a in db.FollowUpAnswers
                              join f in db.FollowUps on a.FollowUpId equals f.Id
                              join p in published on a.PracticeId equals p.Id
                              where f.NetworkId == network.Id
                              group a by new { a.PracticeId, f.Months } into g
                              select new
                              {
                                  g.Key.PracticeId, g.Key.Months,
                                  InUse = g.Max(x => x.Use == RootingUse.Yes || x.Use == RootingUse.Partly ? 1 : 0),
                                  Stopped = g.Max(x => x.Use == RootingUse.No ? 1 : 0),
                              }).ToListAsync(ct);
        var practices = await published.Select(p => new { p.Id, p.Kind, p.Decision }).ToDictionaryAsync(p => p.Id, ct);
        // Through the link table itself: SQLite cannot run the APPLY a navigation here would need.
        var themeOf = (await (from link in db.Set<Dictionary<string, object>>("PracticeThemes")
                              join p in published on EF.Property<int>(link, "PracticeId") equals p.Id
                              join t in db.Themes on EF.Property<int>(link, "ThemesId") equals t.Id
                              select new { p.Id, Theme = t.ParentId ?? t.Id }).ToListAsync(ct))
            .ToLookup(x => x.Id, x => x.Theme);
        var themes = await db.Themes.AsNoTracking().Where(t => t.NetworkId == network.Id && t.ParentId == null).OrderBy(t => t.SortOrder)
            .Select(t => new { t.Id, t.Code, t.Name }).ToListAsync(ct);
        var ended = await published.CountAsync(p => p.Projects.Any(x => x.EndDate != null && x.EndDate < today), ct);

        var horizons = new List<HorizonFigures>();
        foreach (var months in network.FollowUpMonths.Union(outcomes.Select(o => o.Months)).Distinct().Order())
        {
            var these = outcomes.Where(o => o.Months == months && practices.ContainsKey(o.PracticeId)).ToList();
            // A practice someone still uses is in use, even if another organisation stopped it.
            var decided = these.Where(o => o.InUse + o.Stopped > 0).Select(o => (o.PracticeId, InUse: o.InUse == 1)).ToList();
            ShareRow Row(string key, string label, IEnumerable<(int PracticeId, bool InUse)> rows)
            {
                var list = rows.ToList();
                return new ShareRow(key, label, list.Count(r => r.InUse), list.Count(r => !r.InUse));
            }
            horizons.Add(new HorizonFigures(months, these.Count, Row("all", "", decided),
                themes.Select(t => Row(t.Code, $"{t.Code} {t.Name}", decided.Where(d => themeOf[d.PracticeId].Contains(t.Id)))).ToList(),
                Enum.GetValues<PracticeKind>().Select(k => Row(k.ToString(), k.ToString(), decided.Where(d => practices[d.PracticeId].Kind == k))).ToList(),
                Enum.GetValues<EvaluationDecision>().Select(e => e.ToString()).Append(NotEvaluated)
                    .Select(e => Row(e, e, decided.Where(d => (practices[d.PracticeId].Decision?.ToString() ?? NotEvaluated) == e))).ToList()));
        }

        var adoptions = await db.Adoptions.AsNoTracking().Where(a => a.Practice!.NetworkId == network.Id && a.Practice.Status == PracticeStatus.Published)
            .Select(a => new { a.Since, a.CreatedAt, a.Status }).ToListAsync(ct);
        var byYear = adoptions.GroupBy(a => a.Since?.Year ?? a.CreatedAt.Year).OrderBy(g => g.Key)
            .Select(g => new AdoptionYear(g.Key, g.Count(a => a.Status == AdoptionStatus.InUse), g.Count(a => a.Status == AdoptionStatus.TryingOut),
                g.Count(a => a.Status == AdoptionStatus.Stopped)))
            .ToList();

        var projects = await db.Projects.CountAsync(p => p.NetworkId == network.Id, ct);
        var commons = await db.CommonIndicators.AsNoTracking().Where(c => c.NetworkId == network.Id).OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);
        var reported = (await db.Indicators.AsNoTracking().Where(i => i.CommonIndicatorId != null && i.Project!.NetworkId == network.Id)
            .Select(i => new { i.CommonIndicatorId, i.LatestValue, i.Target }).ToListAsync(ct)).ToLookup(i => i.CommonIndicatorId!.Value);
        var sums = commons.Select(c =>
        {
            var rows = reported[c.Id].ToList();
            var withTarget = rows.Where(r => r.Target is not null).ToList();
            decimal? targetSum = withTarget.Count == 0 ? null : withTarget.Sum(r => r.Target!.Value);
            // Progress towards the summed target: the projects that set a target, their latest values against their targets.
            var progress = targetSum is { } t && t > 0 && c.Direction == IndicatorDirection.Increase
                ? Shared.Percent.Of(withTarget.Sum(r => r.LatestValue ?? 0), t) : null;
            return new CommonIndicatorSum(c.Id, c.Name.In(culture), c.Unit.In(culture), c.Kind, c.Direction, rows.Count(r => r.LatestValue is not null), projects,
                rows.Sum(r => r.LatestValue ?? 0), targetSum, progress);
        }).ToList();

        IReadOnlyList<FollowUpCount>? followUps = null;
        if (forCoordinators)
        {
            var list = await FollowUpList.ForNetworkAsync(db, network.Id, now, ct);
            followUps = list.GroupBy(f => f.Months).OrderBy(g => g.Key).Select(g => new FollowUpCount(g.Key,
                g.Count(f => f.Phase == FollowUpPhase.Upcoming),
                g.Count(f => f.State == FollowUpState.Sent),
                g.Count(f => f.Phase == FollowUpPhase.Answered),
                g.Count(f => FollowUp.IsOverdue(f.Phase)),
                g.Count(f => f.Phase == FollowUpPhase.NothingToAsk),
                g.Sum(f => f.Invited), g.Sum(f => f.Answered))).ToList();
        }
        return new RootingFigures(network.Name, network.Slug, today, ended, horizons, byYear, sums, followUps);
    }
}
