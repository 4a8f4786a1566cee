using Juurru.Data;
using Juurru.Features.Evaluation;
using Juurru.Features.Surveys;
using Juurru.Features.Surveys.Reports;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Statistics;

/// <summary>
/// The figures only coordinators see on the statistics page: how many invitees answered each survey, and how far each
/// evaluation round has come. Of the chosen network when the viewer coordinates it; in the national view, of every
/// network the viewer coordinates (an administrator: all). Each group has its own base (the invitees, the forms), so a
/// bar is the share of that survey or round. Only the years apply; themes and regions do not describe surveys or rounds.
/// </summary>
public sealed class CoordinatorStatistics(JuurruDbContext db, IStringLocalizer<SharedResource> L)
{
    public async Task<IReadOnlyList<Breakdown>> LoadAsync(StatisticsFilter filter, UserScope scope, CancellationToken ct)
    {
        if (!scope.IsAdministrator && scope.CoordinatedNetworkIds.Count == 0) return [];
        var networks = await db.Networks.AsNoTracking().Where(n => filter.Network == null || n.Slug == filter.Network)
            .Select(n => new { n.Id, n.Name }).ToListAsync(ct);
        var ids = networks.Where(n => scope.Coordinates(n.Id)).Select(n => n.Id).ToArray();
        if (ids.Length == 0) return [];
        // Across networks, a survey or a round is named with its network.
        var names = filter.Network is null && ids.Length > 1 ? networks.ToDictionary(n => n.Id, n => n.Name) : null;
        string Label(int network, string title) => names is null ? title : $"{names[network]}: {title}";

        var surveys = (await db.Surveys.AsNoTracking().Where(s => EF.Parameter(ids).Contains(s.NetworkId))
                .Select(s => new
                {
                    s.Id, s.NetworkId, s.Title, s.OpensAt, s.CreatedAt,
                    Sent = db.SurveyInvitations.Count(i => i.SurveyId == s.Id && i.SentAt != null),
                    Answered = db.SurveyInvitations.Count(i => i.SurveyId == s.Id && i.SentAt != null && i.Answered),
                })
                .ToListAsync(ct))
            .Where(s => s.Sent > 0 && filter.InYears((s.OpensAt ?? s.CreatedAt).Year))
            .OrderByDescending(s => s.OpensAt ?? s.CreatedAt).ThenByDescending(s => s.Id).ToList();
        var rounds = (await db.EvaluationRounds.AsNoTracking().Where(r => EF.Parameter(ids).Contains(r.NetworkId))
                .Select(r => new
                {
                    r.Id, r.NetworkId, r.Name, r.CreatedAt,
                    Forms = r.Assignments.Count, Submitted = r.Assignments.Count(a => a.Status == AssignmentStatus.Submitted),
                    Practices = r.Practices.Count, Decided = r.Practices.Count(p => p.Decision != null),
                })
                .ToListAsync(ct))
            .Where(r => filter.InYears(r.CreatedAt.Year))
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ToList();

        return
        [
            new("survey-response-rates", L["Survey response rates"], surveys.Sum(s => s.Sent),
                surveys.Select(s => new ValueCount(s.Id.ToString(), Label(s.NetworkId, s.Title), s.Answered, s.Sent)).ToList()),
            new("round-forms", L["Evaluation rounds: forms submitted"], rounds.Sum(r => r.Forms),
                rounds.Where(r => r.Forms > 0).Select(r => new ValueCount(r.Id.ToString(), Label(r.NetworkId, r.Name), r.Submitted, r.Forms)).ToList()),
            new("round-decisions", L["Evaluation rounds: practices decided"], rounds.Sum(r => r.Practices),
                rounds.Where(r => r.Practices > 0).Select(r => new ValueCount(r.Id.ToString(), Label(r.NetworkId, r.Name), r.Decided, r.Practices)).ToList()),
        ];
    }
}
