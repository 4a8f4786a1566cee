using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Evaluation;

/// <summary>
/// The feedback summary the practice's project sees once a round has closed: the decision and statement (published
/// or not), the scores and every comment, evaluators unnamed ("Evaluator 1"; workshop groups by their label).
/// </summary>
[Authorize]
public sealed class FeedbackModel(JuurruDbContext db, IAuthorizationService auth, IStringLocalizer<SharedResource> L) : PageModel
{
    public sealed record RoundFeedback(EvaluationRound Round, RoundPractice Entry, IReadOnlyList<PhaseSummary> Summary);

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<RoundFeedback> Closed { get; private set; } = [];
    public IReadOnlyList<EvaluationRound> Ongoing { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var practice = await db.Practices.AsNoTracking().Include(p => p.Projects).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (practice is null) return NotFound();
        var access = PracticeAccess.Of(practice);
        if (!(await auth.AuthorizeAsync(User, access, PracticeOperations.ViewHistory)).Succeeded)
            return (await auth.AuthorizeAsync(User, access, PracticeOperations.Read)).Succeeded ? Forbid() : NotFound();
        Id = id;
        Title = practice.Title;
        var rounds = await db.EvaluationRounds.AsNoTracking().AsSplitQuery()
            .Where(r => r.Practices.Any(p => p.PracticeId == id))
            .Include(r => r.Criteria).Include(r => r.Practices.Where(p => p.PracticeId == id))
            .Include(r => r.Assignments.Where(a => a.PracticeId == id && a.Status == AssignmentStatus.Submitted))
            .OrderByDescending(r => r.CreatedAt).ToListAsync(ct);
        Ongoing = rounds.Where(r => r.IsOpen).ToList();
        Closed = rounds.Where(r => !r.IsOpen).Select(r => new RoundFeedback(r, r.Practices.Single(),
            Aggregation.Summarize(r, id, (a, n) => a.IsWorkshopGroup ? a.GroupLabel! : L["Evaluator {0}", n]))).ToList();
        return Page();
    }
}
