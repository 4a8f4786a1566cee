using Juurru.Data;
using Juurru.Features.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Rooting.FollowUps;

/// <summary>A follow-up as the coordinators' list and the dashboard read it: its phase today and its response figures.</summary>
public sealed record FollowUpRow(int Id, int ProjectId, string Project, int Months, DateOnly DueOn, FollowUpState State, DateTime? SentAt,
    int? SurveyId, int Invited, int Answered, FollowUpPhase Phase);

public static class FollowUpList
{
    public static async Task<IReadOnlyList<FollowUpRow>> ForNetworkAsync(JuurruDbContext db, int networkId, DateTime now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now);
        var rows = await db.FollowUps.AsNoTracking().Where(f => f.NetworkId == networkId)
            .Select(f => new
            {
                f.Id, f.ProjectId, Project = f.Project!.Name, f.Months, f.DueOn, f.State, f.SentAt, f.SurveyId,
                ClosesAt = f.Survey == null ? null : f.Survey.ClosesAt,
                Invited = db.SurveyInvitations.Count(i => i.SurveyId == f.SurveyId),
                Answered = db.SurveyResponses.Count(r => r.SurveyId == f.SurveyId && r.Status == ResponseStatus.Submitted),
            })
            .ToListAsync(ct);
        return rows.Select(f => new FollowUpRow(f.Id, f.ProjectId, f.Project, f.Months, f.DueOn, f.State, f.SentAt, f.SurveyId, f.Invited, f.Answered,
                FollowUp.PhaseOf(f.State, f.DueOn, today, f.ClosesAt is { } closes && closes <= now, f.Answered)))
            .OrderBy(f => f.DueOn).ThenBy(f => f.Project, StringComparer.Ordinal).ToList();
    }
}
