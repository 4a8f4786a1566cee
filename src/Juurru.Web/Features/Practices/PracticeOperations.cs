using Juurru.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Juurru.Features.Practices;

/// <summary>What can be done to a practice; checked against the practice itself.</summary>
public static class PracticeOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
    public static readonly OperationAuthorizationRequirement Submit = new() { Name = nameof(Submit) };
    public static readonly OperationAuthorizationRequirement Publish = new() { Name = nameof(Publish) };
    public static readonly OperationAuthorizationRequirement ReturnToDraft = new() { Name = nameof(ReturnToDraft) };
    public static readonly OperationAuthorizationRequirement Archive = new() { Name = nameof(Archive) };
    public static readonly OperationAuthorizationRequirement Restore = new() { Name = nameof(Restore) };
    public static readonly OperationAuthorizationRequirement ViewHistory = new() { Name = nameof(ViewHistory) };
}

/// <summary>The facts about a practice that decide who may do what with it.</summary>
public sealed record PracticeAccess(int Id, int NetworkId, PracticeStatus Status, IReadOnlyCollection<int> ProjectIds)
{
    public static PracticeAccess Of(Practice p) => new(p.Id, p.NetworkId, p.Status, p.Projects.Select(x => x.Id).ToList());

    /// <summary>Members of its projects, coordinators of its network and administrators.</summary>
    public bool IsEditor(UserScope user) =>
        user.Coordinates(NetworkId) || ProjectIds.Any(user.ProjectIds.Contains);

    public bool IsPublic => Status is PracticeStatus.Published or PracticeStatus.Archived;

    public bool Allows(UserScope user, string operation) => operation switch
    {
        nameof(PracticeOperations.Read) => IsPublic || IsEditor(user) || user.EvaluatingPracticeIds.Contains(Id),
        nameof(PracticeOperations.ViewHistory) => IsEditor(user),
        nameof(PracticeOperations.Edit) => IsEditor(user) && Status != PracticeStatus.Archived,
        nameof(PracticeOperations.Submit) => IsEditor(user) && Status == PracticeStatus.Draft,
        nameof(PracticeOperations.Publish) => user.Coordinates(NetworkId) && Status is PracticeStatus.Draft or PracticeStatus.Submitted,
        nameof(PracticeOperations.ReturnToDraft) => user.Coordinates(NetworkId) && Status == PracticeStatus.Submitted,
        nameof(PracticeOperations.Archive) => user.Coordinates(NetworkId) && Status == PracticeStatus.Published,
        nameof(PracticeOperations.Restore) => user.Coordinates(NetworkId) && Status == PracticeStatus.Archived,
        // An operation nobody wrote a rule for is a programming error, not a refusal to hide.
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "No rule for this operation."),
    };
}

public sealed class PracticeAuthorizationHandler(CurrentUser currentUser)
    : AuthorizationHandler<OperationAuthorizationRequirement, PracticeAccess>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, PracticeAccess resource)
    {
        var scope = await currentUser.GetScopeAsync();
        if (resource.Allows(scope, requirement.Name)) context.Succeed(requirement);
    }
}
