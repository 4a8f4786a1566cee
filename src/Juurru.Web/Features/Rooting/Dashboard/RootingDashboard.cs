using Juurru.Data;
using Juurru.Features.Evaluation;
using Juurru.Features.Practices;
using Juurru.Features.Rooting.Adoptions;
using Juurru.Features.Rooting.FollowUps;
using Juurru.Features.Rooting.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Rooting.Dashboard;

/// <summary>
/// Computes <see cref="RootingFigures"/> for a network. The answers are grouped in the database to one outcome per
/// practice and follow-up; the practices' kind, decision and themes come from the search's facet table (in memory, kept
/// current with every change), adoptions are counted in the database by year and status, and the common indicators'
/// latest values are kept on each indicator, so the measurements are never read.
/// </summary>
public static class RootingDashboard
{

    public const string NotEvaluated = "NotEvaluated";

    /// <summary>The figures as the user may see them: the follow-ups' progress for the network's coordinators only. Null for no such network.</summary>
    public static async Task<RootingFigures?> ForUserAsync(JuurruDbContext db, Search.FacetTable facets, string slug, Identity.CurrentUser user, DateTime now,
        string culture, CancellationToken ct)
    {
        var networkId = await db.Networks.Where(n => n.Slug == slug).Select(n => (int?)n.Id).SingleOrDefaultAsync(ct);
        if (networkId is null) return null;
        var coordinator = (await user.GetScopeAsync(ct)).Coordinates(networkId.Value);
        return await ComputeAsync(db, facets, slug, coordinator, now, culture, ct);
    }

    public static async Task<RootingFigures?> ComputeAsync(JuurruDbContext db, Search.FacetTable facets, string slug, bool forCoordinators, DateTime now,
        string culture, CancellationToken ct)
    {
        var network = await db.Networks.AsNoTracking().Where(n => n.Slug == slug).Select(n => new { n.Id, n.Name, n.Slug, n.FollowUpMonths }).SingleOrDefaultAsync(ct);
        if (network is null) return null;
        var today = DateOnly.FromDateTime(now);
        var published = db.Practices.Where(p => p.NetworkId == network.Id && p.Status == PracticeStatus.Published);

        // Per practice and follow-up: did any organisation say it is still in use (yes or partly), did any say it stopped.
        // Grouped in the order of the answers' covering index (practice, follow-up, use); the lengths are folded in here.
        var months = await db.FollowUps.Where(f => f.NetworkId == network.Id).Select(f => new { f.Id, f.Months }).ToDictionaryAsync(f => f.Id, f => f.Months, ct);
        var answered = await (from a in db.FollowUpAnswers
                              join p in published on a.PracticeId equals p.Id
                              group a by new { a.PracticeId, a.FollowUpId } into g
                              select new
                              {
                                  g.Key.PracticeId, g.Key.FollowUpId,
                                  InUse = g.Max(x => x.Use == RootingUse.Yes || x.Use == RootingUse.Partly ? 1 : 0),
                                  Stopped = g.Max(x => x.Use == RootingUse.No ? 1 : 0),
                              }).ToListAsync(ct);
        var outcomes = answered.Where(a => months.ContainsKey(a.FollowUpId))
            .GroupBy(a => (a.PracticeId, Months: months[a.FollowUpId]))
            .Select(g => (g.Key.PracticeId, g.Key.Months, InUse: g.Max(a => a.InUse), Stopped: g.Max(a => a.Stopped))).ToList();
        var themes = await db.Themes.AsNoTracking().Where(t => t.NetworkId == network.Id && t.ParentId == null).OrderBy(t => t.SortOrder)
            .Select(t => new { t.Id, t.Code, t.Name }).ToListAsync(ct);
        var facts = await PracticeFacts.LoadAsync(db, facets, network.Slug, ct);
        var ended = await published.CountAsync(p => p.Projects.Any(x => x.EndDate != null && x.EndDate < today), ct);

        var horizons = new List<HorizonFigures>();
        foreach (var length in network.FollowUpMonths.Union(outcomes.Select(o => o.Months)).Distinct().Order())
        {
            var these = outcomes.Where(o => o.Months == length && facts.ContainsKey(o.PracticeId)).ToList();
            // A practice someone still uses is in use, even if another organisation stopped it.
            var decided = these.Where(o => o.InUse + o.Stopped > 0).Select(o => (Facts: facts[o.PracticeId], InUse: o.InUse == 1)).ToList();
            ShareRow Row(string key, string label, Func<PracticeFacts, bool> which)
            {
                var rows = decided.Where(d => which(d.Facts)).ToList();
                return new ShareRow(key, label, rows.Count(r => r.InUse), rows.Count(r => !r.InUse));
            }
            horizons.Add(new HorizonFigures(length, these.Count, Row("all", "", _ => true),
                themes.Select(t => Row(t.Code, $"{t.Code} {t.Name}", f => f.Themes.Contains(t.Id))).ToList(),
                Enum.GetValues<PracticeKind>().Select(k => Row(k.ToString(), k.ToString(), f => f.Kind == k)).ToList(),
                Enum.GetValues<EvaluationDecision>().Select(e => (Key: e.ToString(), Decision: (EvaluationDecision?)e)).Append((NotEvaluated, null))
                    .Select(e => Row(e.Key, e.Key, f => f.Decision == e.Decision)).ToList()));
        }

        var adoptions = await db.Adoptions.Where(a => a.Practice!.NetworkId == network.Id && a.Practice.Status == PracticeStatus.Published)
            .GroupBy(a => new { a.StartYear, a.Status }).Select(g => new { g.Key.StartYear, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var byYear = adoptions.GroupBy(a => a.StartYear).OrderBy(g => g.Key)
            .Select(g => new AdoptionYear(g.Key, g.Where(a => a.Status == AdoptionStatus.InUse).Sum(a => a.Count),
                g.Where(a => a.Status == AdoptionStatus.TryingOut).Sum(a => a.Count), g.Where(a => a.Status == AdoptionStatus.Stopped).Sum(a => a.Count)))
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
