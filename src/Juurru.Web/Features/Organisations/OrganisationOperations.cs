using Juurru.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Juurru.Features.Organisations;

public static class OrganisationOperations
{
    public static readonly OperationAuthorizationRequirement Create = new() { Name = nameof(Create) };
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };

    /// <summary>Accepting or declining someone who asked to join the organisation (which lets them edit its card).</summary>
    public static readonly OperationAuthorizationRequirement AnswerJoinRequests = new() { Name = nameof(AnswerJoinRequests) };
}

/// <summary>An organisation, or null for one not created yet.</summary>
public sealed record OrganisationAccess(int? OrganisationId)
{
    // Coordinators keep the register of organisations in order; members keep their own organisation's card.
    public bool Allows(UserScope user, string operation) => operation switch
    {
        nameof(OrganisationOperations.Create) => user.IsAdministrator || user.IsCoordinator,
        nameof(OrganisationOperations.Edit) or nameof(OrganisationOperations.AnswerJoinRequests) => user.IsAdministrator || user.IsCoordinator
            || (OrganisationId is { } id && user.OrganisationIds.Contains(id)),
        // An operation nobody wrote a rule for is a programming error, not a refusal to hide.
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "No rule for this operation."),
    };
}

public sealed class OrganisationAuthorizationHandler(CurrentUser currentUser)
    : AuthorizationHandler<OperationAuthorizationRequirement, OrganisationAccess>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, OrganisationAccess resource)
    {
        if (resource.Allows(await currentUser.GetScopeAsync(), requirement.Name)) context.Succeed(requirement);
    }
}
