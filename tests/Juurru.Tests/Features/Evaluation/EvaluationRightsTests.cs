using System.Net;
using Juurru.Features.Evaluation;
using Juurru.Features.Practices;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Evaluation;

/// <summary>
/// Every page and action of the evaluation, tried by every role: visitor, signed-in outsider, member of the evaluated
/// practice's project, member of another network's project, coordinator of the network and of another network,
/// administrator, and a peer evaluator of the round (a member of another project of the same network).
/// The server must allow exactly what the role permits.
/// </summary>
public sealed class EvaluationRightsTests
{
    public enum Who { Visitor, Outsider, Member, OtherMember, Coordinator, OtherCoordinator, Administrator, Evaluator }

    private const RoleOutcome S = RoleOutcome.SignIn, A = RoleOutcome.Allowed, F = RoleOutcome.Forbidden;

    /// <summary>Per action: GET or POST, the address (placeholders filled in from the world), and the outcome per role in <see cref="Who"/> order.</summary>
    private static readonly Dictionary<string, (bool Post, string Url, RoleOutcome[] Expected)> Actions = new()
    {
        ["Evaluations page"] = (false, "/fi/evaluation", [S, A, A, A, A, A, A, A]),
        ["Criteria page"] = (false, "/fi/networks/{slug}/criteria", [S, F, F, F, A, F, A, F]),
        ["Save a criterion"] = (true, "/fi/networks/{slug}/criteria?handler=Save", [S, F, F, F, A, F, A, F]),
        ["Remove a criterion"] = (true, "/fi/networks/{slug}/criteria?handler=Delete&id={fresh-criterion}", [S, F, F, F, A, F, A, F]),
        ["New round page"] = (false, "/fi/evaluation/rounds/new?network={slug}", [S, F, F, F, A, F, A, F]),
        ["Start a round"] = (true, "/fi/evaluation/rounds/new?network={slug}", [S, F, F, F, A, F, A, F]),
        ["Round page"] = (false, "/fi/evaluation/rounds/{round}", [S, F, F, F, A, F, A, F]),
        ["Invite an evaluator"] = (true, "/fi/evaluation/rounds/{round}?handler=Invite", [S, F, F, F, A, F, A, F]),
        ["Remove an evaluator"] = (true, "/fi/evaluation/rounds/{round}?handler=RemoveEvaluator&userId={evaluator}&phase=Peer", [S, F, F, F, A, F, A, F]),
        ["Add a practice"] = (true, "/fi/evaluation/rounds/{round}?handler=AddPractice&practiceId={spare}", [S, F, F, F, A, F, A, F]),
        ["Change the deadline"] = (true, "/fi/evaluation/rounds/{round}?handler=Deadline", [S, F, F, F, A, F, A, F]),
        ["Remind"] = (true, "/fi/evaluation/rounds/{round}?handler=Remind", [S, F, F, F, A, F, A, F]),
        ["Close the round"] = (true, "/fi/evaluation/rounds/{round}?handler=Close", [S, F, F, F, A, F, A, F]),
        ["Results page"] = (false, "/fi/evaluation/rounds/{round}/practices/{practice}", [S, F, F, F, A, F, A, F]),
        ["Save a decision"] = (true, "/fi/evaluation/rounds/{round}/practices/{practice}", [S, F, F, F, A, F, A, F]),
        // An evaluator's own form is theirs alone: coordinators read the results, not the form.
        ["Evaluation form"] = (false, "/fi/evaluation/assignments/{assignment}", [S, F, F, F, F, F, F, A]),
        ["Submit an evaluation"] = (true, "/fi/evaluation/assignments/{assignment}?handler=Submit", [S, F, F, F, F, F, F, A]),
        ["Workshop page"] = (false, "/fi/evaluation/rounds/{round}/workshop?practice={practice}", [S, F, F, F, A, F, A, A]),
        ["Record a workshop group"] = (true, "/fi/evaluation/rounds/{round}/workshop?practice={practice}&phase=Peer", [S, F, F, F, A, F, A, A]),
        // The project's feedback: its members and the coordinators; an evaluator does not see the others' comments.
        ["Feedback page"] = (false, "/fi/practices/{practice}/evaluation", [S, F, A, F, A, F, A, F]),
    };

    public static TheoryData<Db, string> Cases
    {
        get
        {
            var data = new TheoryData<Db, string>();
            foreach (var db in RoleWorld.Databases())
                foreach (var action in Actions.Keys)
                    data.Add(db, action);
            return data;
        }
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task Each_role_gets_what_it_may(Db db, string action)
    {
        var (post, template, expected) = Actions[action];
        await using var w = await RoleWorld.CreateAsync(db);
        var world = await EvaluationWorld.CreateAsync(w);
        var failures = new List<string>();
        foreach (var who in Enum.GetValues<Who>())
        {
            // Each role gets its own copy of what an allowed post would consume (a removed criterion is gone for the next).
            var url = world.Fill(template.Replace("{fresh-criterion}", (await world.NewCriterionAsync()).ToString()));
            using var browser = who == Who.Evaluator ? await w.App.SignInAsync(world.Evaluator) : await w.AsAsync((Role)(int)who);
            var response = post ? await browser.PostAsync(url, world.FormFields) : await browser.GetAsync(url);
            var outcome = RoleWorld.OutcomeOf(response, who);
            if (outcome != expected[(int)who]) failures.Add($"{who}: expected {expected[(int)who]}, got {outcome} ({(int)response.StatusCode})");
        }
        Assert.True(failures.Count == 0, $"{action}:\n" + string.Join("\n", failures));
    }
}

/// <summary>A round of the role world's network with the project's published practice, a spare practice and one peer evaluator.</summary>
public sealed record EvaluationWorld(RoleWorld World, Juurru.Identity.User Evaluator, int RoundId, int PracticeId, int SparePracticeId, int AssignmentId)
{
    public static async Task<EvaluationWorld> CreateAsync(RoleWorld w)
    {
        var practice = await w.App.PracticeAsync(w.Project, PracticeStatus.Published);
        var spare = await w.App.PracticeAsync(w.Project, PracticeStatus.Submitted, "Toinen käytäntö");
        var evaluator = await w.App.MemberAsync(await w.App.ProjectAsync(w.Network, "Arvioijan hanke"));
        return await w.App.WithDbAsync(async db =>
        {
            var criteria = DefaultCriteria.For(w.Network.Id);
            db.Criteria.AddRange(criteria);
            var round = EvaluationRound.Start(w.Network.Id, "Kierros", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10), "", criteria, [practice.Id], DateTime.UtcNow);
            round.Evaluators.Add(new RoundEvaluator { UserId = evaluator.Id, Phase = EvaluationPhase.Peer, InvitedAt = DateTime.UtcNow });
            var assignment = new Assignment { PracticeId = practice.Id, Phase = EvaluationPhase.Peer, EvaluatorId = evaluator.Id };
            round.Assignments.Add(assignment);
            db.EvaluationRounds.Add(round);
            await db.SaveChangesAsync();
            return new EvaluationWorld(w, evaluator, round.Id, practice.Id, spare.Id, assignment.Id);
        });
    }

    public Task<int> NewCriterionAsync() => World.App.WithDbAsync(async db =>
    {
        var criterion = DefaultCriteria.For(World.Network.Id)[0];
        db.Criteria.Add(criterion);
        await db.SaveChangesAsync();
        return criterion.Id;
    });

    public string Fill(string template) => template
        .Replace("{slug}", World.Network.Slug).Replace("{round}", RoundId.ToString()).Replace("{practice}", PracticeId.ToString())
        .Replace("{spare}", SparePracticeId.ToString()).Replace("{assignment}", AssignmentId.ToString()).Replace("{evaluator}", Evaluator.Id);

    /// <summary>Valid fields for every form of the matrix, so that an allowed role's post succeeds rather than fails validation.</summary>
    public Dictionary<string, string> FormFields => new()
    {
        ["Input.NameFi"] = "Uusi kriteeri", ["Input.Phase"] = "Peer", ["Input.Min"] = "1", ["Input.Max"] = "5",
        ["Name"] = "Uusi kierros", ["Deadline"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5).ToString("yyyy-MM-dd"),
        ["PracticeIds"] = SparePracticeId.ToString(), ["deadline"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7).ToString("yyyy-MM-dd"),
        ["Email"] = $"kutsuttu-{Guid.NewGuid():N}@example.org", ["InviteName"] = "Kutsuttu", ["Phase"] = "Peer",
        ["Decision"] = "GoodPractice", ["Statement"] = "Perustelut.", ["Group"] = $"Ryhmä {Guid.NewGuid():N}",
    };
}
