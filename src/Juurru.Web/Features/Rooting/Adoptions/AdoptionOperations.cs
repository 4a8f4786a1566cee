using Juurru.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Juurru.Features.Rooting.Adoptions;

public static class AdoptionOperations
{
    /// <summary>Recording that the organisation uses a practice, and updating or confirming it later.</summary>
    public static readonly OperationAuthorizationRequirement Report = new() { Name = nameof(Report) };
}

/// <summary>An organisation's adoption of a practice of a network.</summary>
public sealed record AdoptionAccess(int OrganisationId, int NetworkId)
{
    // Members speak for their own organisation; the network's coordinators keep the register in order.
    public bool Allows(UserScope user, string operation) => operation switch
    {
        nameof(AdoptionOperations.Report) => user.OrganisationIds.Contains(OrganisationId) || user.Coordinates(NetworkId),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "No rule for this operation."),
    };
}

public sealed class AdoptionAuthorizationHandler(CurrentUser currentUser)
    : AuthorizationHandler<OperationAuthorizationRequirement, AdoptionAccess>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, AdoptionAccess resource)
    {
        if (resource.Allows(await currentUser.GetScopeAsync(), requirement.Name)) context.Succeed(requirement);
    }
}
