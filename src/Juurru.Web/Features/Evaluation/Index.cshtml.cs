using Juurru.Data;
using Juurru.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Evaluation;

/// <summary>"Evaluations": an evaluator's forms, the workshops they can record, and a coordinator's rounds.</summary>
[Authorize]
public sealed class IndexModel(JuurruDbContext db, CurrentUser user) : PageModel
{
    public sealed record Form(int Id, int RoundId, string Round, DateOnly Deadline, bool Open, int PracticeId, string Practice,
        EvaluationPhase Phase, AssignmentStatus Status);

    public sealed record RoundRow(int Id, string Name, string Network, DateOnly Deadline, RoundStatus Status, int Practices, int Submitted, int Forms);

    public IReadOnlyList<Form> Forms { get; private set; } = [];
    public IReadOnlyList<RoundRow> Rounds { get; private set; } = [];
    public IReadOnlyList<RoundRow> Workshops { get; private set; } = [];
    public IReadOnlyList<Networks.Network> Coordinated { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await user.GetScopeAsync(ct);
        Forms = await db.Assignments.AsNoTracking()
            .Where(a => a.EvaluatorId == scope.UserId && a.GroupLabel == null)
            .Join(db.Practices, a => a.PracticeId, p => p.Id, (a, p) => new { a, p.Title })
            .OrderBy(x => x.a.Round!.Status).ThenBy(x => x.a.Round!.Deadline).ThenBy(x => x.Title)
            .Select(x => new Form(x.a.Id, x.a.RoundId, x.a.Round!.Name, x.a.Round.Deadline, x.a.Round.Status == RoundStatus.Open,
                x.a.PracticeId, x.Title, x.a.Phase, x.a.Status))
            .ToListAsync(ct);

        var networks = scope.CoordinatedNetworkIds.ToList();
        var coordinated = db.EvaluationRounds.AsNoTracking().Where(r => scope.IsAdministrator || networks.Contains(r.NetworkId));
        Rounds = await Rows(coordinated).ToListAsync(ct);
        // Peer evaluators facilitate workshop groups of their open rounds.
        Workshops = await Rows(db.EvaluationRounds.AsNoTracking().Where(r => r.Status == RoundStatus.Open
            && r.Evaluators.Any(e => e.UserId == scope.UserId && e.Phase == EvaluationPhase.Peer))).ToListAsync(ct);
        Coordinated = await db.Networks.AsNoTracking().Where(n => scope.IsAdministrator || networks.Contains(n.Id)).OrderBy(n => n.Name).ToListAsync(ct);
    }

    private static IQueryable<RoundRow> Rows(IQueryable<EvaluationRound> rounds) =>
        rounds.OrderBy(r => r.Status).ThenByDescending(r => r.CreatedAt)
            .Select(r => new RoundRow(r.Id, r.Name, r.Network!.Name, r.Deadline, r.Status, r.Practices.Count,
                r.Assignments.Count(a => a.Status == AssignmentStatus.Submitted), r.Assignments.Count));
}
