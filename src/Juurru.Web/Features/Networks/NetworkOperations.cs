using Juurru.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Juurru.Features.Networks;

/// <summary>What coordinators do in their own network (administrators everywhere).</summary>
public static class NetworkOperations
{
    public static readonly OperationAuthorizationRequirement ManageThemes = new() { Name = nameof(ManageThemes) };
    public static readonly OperationAuthorizationRequirement CreateProject = new() { Name = nameof(CreateProject) };
    public static readonly OperationAuthorizationRequirement ImportReport = new() { Name = nameof(ImportReport) };
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };

    /// <summary>The rooting follow-ups: their months, sending, and the answers (named organisations).</summary>
    public static readonly OperationAuthorizationRequirement ManageFollowUps = new() { Name = nameof(ManageFollowUps) };

    /// <summary>The indicators every project of the network reports.</summary>
    public static readonly OperationAuthorizationRequirement ManageCommonIndicators = new() { Name = nameof(ManageCommonIndicators) };

    /// <summary>The evaluation criteria and starting evaluation rounds.</summary>
    public static readonly OperationAuthorizationRequirement ManageEvaluation = new() { Name = nameof(ManageEvaluation) };
}

public sealed record NetworkAccess(int NetworkId)
{
    public bool Allows(UserScope user, string operation) => operation switch
    {
        nameof(NetworkOperations.ManageThemes) or nameof(NetworkOperations.CreateProject) or nameof(NetworkOperations.ImportReport)
            or nameof(NetworkOperations.Edit) or nameof(NetworkOperations.ManageFollowUps) or nameof(NetworkOperations.ManageCommonIndicators)
            or nameof(NetworkOperations.ManageEvaluation) => user.Coordinates(NetworkId),
        // An operation nobody wrote a rule for is a programming error, not a right to grant.
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "No rule for this operation."),
    };
}

public sealed class NetworkAuthorizationHandler(CurrentUser currentUser)
    : AuthorizationHandler<OperationAuthorizationRequirement, NetworkAccess>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, NetworkAccess resource)
    {
        if (resource.Allows(await currentUser.GetScopeAsync(), requirement.Name)) context.Succeed(requirement);
    }
}
