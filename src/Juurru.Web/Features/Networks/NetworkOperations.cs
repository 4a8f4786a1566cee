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
}

public sealed record NetworkAccess(int NetworkId);

public sealed class NetworkAuthorizationHandler(CurrentUser currentUser)
    : AuthorizationHandler<OperationAuthorizationRequirement, NetworkAccess>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, NetworkAccess resource)
    {
        if ((await currentUser.GetScopeAsync()).Coordinates(resource.NetworkId)) context.Succeed(requirement);
    }
}
