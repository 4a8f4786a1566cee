using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Evaluation;

/// <summary>
/// The multi-step writes of a round (each in one transaction, e-mails after it commits): starting it, inviting
/// evaluators and giving them their forms, taking in more practices, and closing it with the decisions.
/// </summary>
public sealed class RoundWork(JuurruDbContext db, UserManager<User> users, EvaluationEmails emails, TimeProvider clock,
    CurrentUser current, IStringLocalizer<SharedResource> L, Notifications.Notifier notifier)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Loads a round with everything its pages and rules need, tracked.</summary>
    public Task<EvaluationRound?> LoadAsync(int id, CancellationToken ct) =>
        db.EvaluationRounds.Include(r => r.Network).Include(r => r.Criteria).Include(r => r.Practices)
            .Include(r => r.Evaluators).Include(r => r.Assignments).AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>The network's criteria; a network that has none (yet, or after removing them all) gets the defaults stored, to edit from there.</summary>
    public async Task<List<Criterion>> CriteriaAsync(int networkId, CancellationToken ct)
    {
        var criteria = await db.Criteria.Where(c => c.NetworkId == networkId).OrderBy(c => c.Phase).ThenBy(c => c.SortOrder).ToListAsync(ct);
        if (criteria.Count > 0) return criteria;
        criteria = DefaultCriteria.For(networkId);
        db.Criteria.AddRange(criteria);
        await db.SaveChangesAsync(ct);
        return criteria;
    }

    /// <summary>Practices a round of the network can take: submitted or published, and not in another open round.</summary>
    public IQueryable<Practice> Eligible(int networkId) =>
        db.Practices.Where(p => p.NetworkId == networkId
            && (p.Status == PracticeStatus.Submitted || p.Status == PracticeStatus.Published)
            && !db.RoundPractices.Any(rp => rp.PracticeId == p.Id && rp.Round!.Status == RoundStatus.Open));

    public async Task<EvaluationRound> StartAsync(int networkId, string name, DateOnly deadline, string instructions,
        IReadOnlyCollection<int> practiceIds, CancellationToken ct)
    {
        var eligible = await Eligible(networkId).Where(p => practiceIds.Contains(p.Id)).ToListAsync(ct);
        if (eligible.Count != practiceIds.Distinct().Count()) throw new EvaluationRuleException("A chosen practice cannot be evaluated now: it is not submitted or published, or it is already in an open round.");
        var criteria = await CriteriaAsync(networkId, ct);
        var round = EvaluationRound.Start(networkId, name, deadline, instructions, criteria, practiceIds, Now);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.EvaluationRounds.Add(round);
        await db.SaveChangesAsync(ct);
        foreach (var practice in eligible) Started(practice, round);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return round;
    }

    public async Task AddPracticeAsync(EvaluationRound round, int practiceId, CancellationToken ct)
    {
        round.RequireOpen();
        var practice = await Eligible(round.NetworkId).SingleOrDefaultAsync(p => p.Id == practiceId, ct)
            ?? throw new EvaluationRuleException("A chosen practice cannot be evaluated now: it is not submitted or published, or it is already in an open round.");
        round.Practices.Add(new RoundPractice { PracticeId = practiceId, Round = round });
        foreach (var evaluator in round.Evaluators)
        {
            if (!await ConflictOfInterest.AppliesAsync(db, evaluator.UserId, practiceId, ct))
                round.Assignments.Add(new Assignment { PracticeId = practiceId, Phase = evaluator.Phase, EvaluatorId = evaluator.UserId, Round = round });
        }
        Started(practice, round);
        await db.SaveChangesAsync(ct);
    }

    private void Started(Practice practice, EvaluationRound round) =>
        practice.AddRevision(RevisionAction.EvaluationStarted, current.Id, current.Name, [], Now, round.Name);

    public sealed record Invitation(User User, bool NewAccount, IReadOnlyList<string> Conflicts, int Assigned, bool Sent);

    /// <summary>
    /// Makes the person an evaluator of the round's phase, with a form for every practice of the round except those of
    /// their own project or organisation. Someone without an account (an invited expert) gets one, and a link to set a password.
    /// </summary>
    public async Task<Invitation> InviteAsync(EvaluationRound round, string email, string? name, EvaluationPhase phase, CancellationToken ct)
    {
        round.RequireOpen();
        email = email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is not null && round.Evaluators.Any(e => e.UserId == user.Id && e.Phase == phase))
            throw new EvaluationRuleException("The person is already an evaluator in this phase of the round.");
        if (user is null && string.IsNullOrWhiteSpace(name))
            throw new EvaluationRuleException("No account has this e-mail address. Give the person's name too, and an account is created for them.");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = false;
        if (user is null)
        {
            user = new User { UserName = email, Email = email, DisplayName = name!.Trim(), CreatedAt = Now, Language = Cultures.Current };
            var result = await users.CreateAsync(user);
            if (!result.Succeeded) throw new EvaluationRuleException("Check the e-mail address.");
            created = true;
        }
        round.Evaluators.Add(new RoundEvaluator { UserId = user.Id, Phase = phase, InvitedAt = Now });
        var practiceIds = round.Practices.Select(p => p.PracticeId).ToList();
        var conflicted = await ConflictOfInterest.PracticesOfAsync(db, user.Id, practiceIds, ct);
        var assigned = 0;
        foreach (var id in practiceIds.Where(id => !conflicted.Contains(id)))
        {
            round.Assignments.Add(new Assignment { PracticeId = id, Phase = phase, EvaluatorId = user.Id, Round = round });
            assigned++;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        var conflicts = await db.Practices.Where(p => conflicted.Contains(p.Id)).Select(p => p.Title).ToListAsync(ct);
        var sent = await emails.InvitationAsync(round, user, phase, created, ct);
        return new Invitation(user, created, conflicts, assigned, sent);
    }

    /// <summary>Takes an evaluator off the round (e.g. they cannot come): their unsubmitted forms go, submitted ones still count.</summary>
    public async Task<bool> RemoveEvaluatorAsync(EvaluationRound round, string userId, EvaluationPhase phase, CancellationToken ct)
    {
        round.RequireOpen();
        var evaluator = round.Evaluators.SingleOrDefault(e => e.UserId == userId && e.Phase == phase);
        if (evaluator is null) return false;
        round.Evaluators.Remove(evaluator);
        db.Assignments.RemoveRange(round.Assignments.Where(a => a.EvaluatorId == userId && a.Phase == phase && !a.IsWorkshopGroup
            && a.Status != AssignmentStatus.Submitted).ToList());
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Saves a form; a submission goes into the practice's history without the evaluator's name.</summary>
    public async Task RecordAsync(EvaluationRound round, Assignment assignment, IReadOnlyDictionary<int, ScoreInput> scores, string comment,
        bool submit, CancellationToken ct)
    {
        var wasSubmitted = assignment.Status == AssignmentStatus.Submitted;
        assignment.Record(round.CriteriaOf(assignment.Phase).ToList(), scores, comment, submit, Now);
        if (submit && !wasSubmitted)
        {
            var practice = await db.Practices.SingleAsync(p => p.Id == assignment.PracticeId, ct);
            var what = assignment.IsWorkshopGroup
                ? L["{0}, workshop group {1}", EvaluationLabels.Phase(L, assignment.Phase), assignment.GroupLabel!].Value
                : EvaluationLabels.Phase(L, assignment.Phase);
            practice.AddRevision(RevisionAction.EvaluationSubmitted, null, round.Name, [], Now, what);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>What closing a round did, so that the coordinator is told the truth: how many people heard, which practices had no one to tell.</summary>
    public sealed record Closed(int PeopleTold, int PracticesWithNoOneToTell);

    /// <summary>
    /// Closes the round: each decision goes onto its practice (kind included) and into its history, and the editors of
    /// each practice are notified in the same transaction (by e-mail unless they turned decisions off).
    /// </summary>
    public async Task<Closed> CloseAsync(EvaluationRound round, CancellationToken ct)
    {
        round.Close(Now);
        var ids = round.Practices.Select(p => p.PracticeId).ToList();
        var practices = await db.Practices.Include(p => p.Model).Include(p => p.Projects).Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var withApplications = await db.Practices.Where(p => p.ModelId != null && ids.Contains(p.ModelId.Value)).Select(p => p.ModelId!.Value).Distinct().ToListAsync(ct);
        var told = new HashSet<string>();
        var noOne = 0;
        foreach (var practice in practices)
        {
            var decision = round.Practice(practice.Id).Decision!.Value;
            var changes = practice.RecordDecision(decision, round.Id, Now, withApplications.Contains(practice.Id));
            practice.UpdatedAt = Now;
            practice.AddRevision(RevisionAction.EvaluationDecided, current.Id, current.Name, changes, Now,
                $"{round.Name}: {EvaluationLabels.Decision(L, decision)}");
            var editors = (await notifier.EditorsOfAsync(practice.Projects.Select(p => p.Id), ct)).Where(id => id != current.Id).ToList();
            if (await notifier.AddAsync(editors, current.Id, Notifications.NotificationKind.EvaluationDecision, $"practices/{practice.Id}/evaluation",
                    L => (L["Evaluation decision: {0}", practice.Title],
                        L["The evaluation round \"{0}\" has ended. The network's decision on \"{1}\": {2}. The statement and the evaluators' feedback are on the practice's evaluation page.",
                            round.Name, practice.Title, EvaluationLabels.Decision(L, decision)]), ct) == 0) noOne++;
            told.UnionWith(editors);
        }
        await db.SaveChangesAsync(ct);
        return new Closed(told.Count, noOne);
    }
}
