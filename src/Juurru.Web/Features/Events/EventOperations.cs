using Juurru.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Juurru.Features.Events;

public static class EventOperations
{
    /// <summary>Seeing the event: a published one everyone, a draft the network's coordinators.</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };
    /// <summary>Changing the event and its programme, publishing and withdrawing it, seeing its online link.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = nameof(Manage) };
}

/// <summary>What the rights of an event depend on: its network and whether it is published. A new event has no id yet.</summary>
public sealed record EventAccess(int? EventId, int NetworkId, bool IsPublished)
{
    public static EventAccess Of(Event e) => new(e.Id, e.NetworkId, e.IsPublished);

    public bool Allows(UserScope user, string operation) => operation switch
    {
        nameof(EventOperations.Read) => IsPublished || user.Coordinates(NetworkId),
        nameof(EventOperations.Manage) => user.Coordinates(NetworkId),
        // An operation nobody wrote a rule for is a programming error, not a refusal to hide.
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "No rule for this operation."),
    };
}

public sealed class EventAuthorizationHandler(CurrentUser currentUser)
    : AuthorizationHandler<OperationAuthorizationRequirement, EventAccess>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, EventAccess resource)
    {
        if (resource.Allows(await currentUser.GetScopeAsync(), requirement.Name)) context.Succeed(requirement);
    }
}
