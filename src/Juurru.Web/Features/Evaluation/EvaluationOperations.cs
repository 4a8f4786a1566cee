using Juurru.Data;
using Juurru.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Juurru.Features.Evaluation;

/// <summary>
/// What can be done in an evaluation round and with one evaluation form, checked against the round or the form.
/// The network-wide part (criteria, starting rounds) is <see cref="Networks.NetworkOperations.ManageEvaluation"/>.
/// </summary>
public static class EvaluationOperations
{
    /// <summary>The round's page: practices, evaluators, invitations, reminders, results, decisions, closing.</summary>
    public static readonly OperationAuthorizationRequirement ManageRound = new() { Name = nameof(ManageRound) };

    /// <summary>Recording workshop groups' scores: the coordinator, or a peer evaluator of the round who facilitates.</summary>
    public static readonly OperationAuthorizationRequirement RunWorkshop = new() { Name = nameof(RunWorkshop) };

    /// <summary>Opening and filling in one form (on <see cref="AssignmentAccess"/>).</summary>
    public static readonly OperationAuthorizationRequirement FillForm = new() { Name = nameof(FillForm) };
}

/// <summary>The facts about a round that decide who may do what in it.</summary>
public sealed record RoundAccess(int NetworkId, IReadOnlyCollection<string> PeerEvaluatorIds)
{
    public static RoundAccess Of(EvaluationRound round) =>
        new(round.NetworkId, round.Evaluators.Where(e => e.Phase == EvaluationPhase.Peer).Select(e => e.UserId).ToList());

    public bool Allows(UserScope user, string operation) => operation switch
    {
        nameof(EvaluationOperations.ManageRound) => user.Coordinates(NetworkId),
        nameof(EvaluationOperations.RunWorkshop) => user.Coordinates(NetworkId) || user.UserId is { } id && PeerEvaluatorIds.Contains(id),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "No rule for this operation."),
    };
}

/// <summary>The facts about one form: whose it is, and whether it is a workshop group's that a coordinator records.</summary>
public sealed record AssignmentAccess(int PracticeId, int NetworkId, string? EvaluatorId, bool IsWorkshopGroup)
{
    public static AssignmentAccess Of(Assignment a, EvaluationRound round) => new(a.PracticeId, round.NetworkId, a.EvaluatorId, a.IsWorkshopGroup);

    /// <param name="conflicted">Whether <see cref="ConflictOfInterest"/> keeps the user from evaluating the practice.</param>
    public bool Allows(UserScope user, string operation, bool conflicted) => operation switch
    {
        nameof(EvaluationOperations.FillForm) => !conflicted && user.IsSignedIn
            && (EvaluatorId == user.UserId || IsWorkshopGroup && user.Coordinates(NetworkId)),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "No rule for this operation."),
    };
}

public sealed class RoundAuthorizationHandler(CurrentUser currentUser) : AuthorizationHandler<OperationAuthorizationRequirement, RoundAccess>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, RoundAccess resource)
    {
        if (resource.Allows(await currentUser.GetScopeAsync(), requirement.Name)) context.Succeed(requirement);
    }
}

/// <summary>Asks <see cref="ConflictOfInterest"/>, the one place that decides who may not evaluate what.</summary>
public sealed class AssignmentAuthorizationHandler(CurrentUser currentUser, JuurruDbContext db)
    : AuthorizationHandler<OperationAuthorizationRequirement, AssignmentAccess>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, AssignmentAccess resource)
    {
        var scope = await currentUser.GetScopeAsync();
        var conflicted = scope.UserId is { } id && await ConflictOfInterest.AppliesAsync(db, id, resource.PracticeId, default);
        if (resource.Allows(scope, requirement.Name, conflicted)) context.Succeed(requirement);
    }
}
