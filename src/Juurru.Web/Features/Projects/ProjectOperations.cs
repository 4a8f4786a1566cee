using Juurru.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Juurru.Features.Projects;

public static class ProjectOperations
{
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
    public static readonly OperationAuthorizationRequirement ManageMembers = new() { Name = nameof(ManageMembers) };

    /// <summary>Documenting a new practice for the project.</summary>
    public static readonly OperationAuthorizationRequirement AddPractice = new() { Name = nameof(AddPractice) };

    /// <summary>Defining the project's indicators, adding and correcting measurements, reading their history.</summary>
    public static readonly OperationAuthorizationRequirement ReportIndicators = new() { Name = nameof(ReportIndicators) };

    /// <summary>Accepting or declining someone who asked to join the project.</summary>
    public static readonly OperationAuthorizationRequirement AnswerJoinRequests = new() { Name = nameof(AnswerJoinRequests) };
}

public sealed record ProjectAccess(int ProjectId, int NetworkId)
{
    public bool Allows(UserScope user, string operation) => operation switch
    {
        nameof(ProjectOperations.Edit) or nameof(ProjectOperations.AddPractice) or nameof(ProjectOperations.ReportIndicators) =>
            user.Coordinates(NetworkId) || user.ProjectIds.Contains(ProjectId),
        nameof(ProjectOperations.ManageMembers) => user.Coordinates(NetworkId),
        // The members know who works in their project; the coordinators can add anyone anyway.
        nameof(ProjectOperations.AnswerJoinRequests) => user.Coordinates(NetworkId) || user.ProjectIds.Contains(ProjectId),
        // An operation nobody wrote a rule for is a programming error, not a refusal to hide.
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "No rule for this operation."),
    };
}

public sealed class ProjectAuthorizationHandler(CurrentUser currentUser)
    : AuthorizationHandler<OperationAuthorizationRequirement, ProjectAccess>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, ProjectAccess resource)
    {
        if (resource.Allows(await currentUser.GetScopeAsync(), requirement.Name)) context.Succeed(requirement);
    }
}
