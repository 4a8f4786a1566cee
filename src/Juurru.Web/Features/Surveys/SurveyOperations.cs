using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Surveys;

/// <summary>What can be done with a survey; checked against its owner (<see cref="SurveyAccess"/>).</summary>
public static class SurveyOperations
{
    /// <summary>Start a survey for the network or project.</summary>
    public static readonly OperationAuthorizationRequirement Create = new() { Name = nameof(Create) };
    /// <summary>See the survey's own pages: its settings, questions, preview and answer counts.</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };
    /// <summary>Change its texts, languages, questions and answering period; copy it.</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
    /// <summary>Add invitees, send invitations and reminders.</summary>
    public static readonly OperationAuthorizationRequirement Distribute = new() { Name = nameof(Distribute) };
    /// <summary>The report's figures, any group of it, and comparisons.</summary>
    public static readonly OperationAuthorizationRequirement ViewReport = new() { Name = nameof(ViewReport) };
    /// <summary>Single responses: open answers, attached files, the response exports.</summary>
    public static readonly OperationAuthorizationRequirement ViewResponses = new() { Name = nameof(ViewResponses) };
    /// <summary>Publish the report (or take it back), pick quotes for it.</summary>
    public static readonly OperationAuthorizationRequirement PublishReport = new() { Name = nameof(PublishReport) };
    /// <summary>Import responses collected elsewhere, delete a test response, empty all responses.</summary>
    public static readonly OperationAuthorizationRequirement ManageResponses = new() { Name = nameof(ManageResponses) };
}

/// <summary>The facts about a survey that decide who may do what with it: whose it is.</summary>
public sealed record SurveyAccess(int NetworkId, int? ProjectId)
{
    public static SurveyAccess Of(Survey s) => new(s.NetworkId, s.ProjectId);

    /// <summary>The network's coordinators (and administrators), and for a project's survey the project's members.</summary>
    public bool IsManager(UserScope user) => user.Coordinates(NetworkId) || (ProjectId is { } p && user.ProjectIds.Contains(p));

    public bool Allows(UserScope user, string operation) => operation switch
    {
        nameof(SurveyOperations.Create) or nameof(SurveyOperations.Read) or nameof(SurveyOperations.Edit)
            or nameof(SurveyOperations.Distribute) or nameof(SurveyOperations.ViewReport) or nameof(SurveyOperations.ViewResponses)
            or nameof(SurveyOperations.PublishReport) or nameof(SurveyOperations.ManageResponses) => IsManager(user),
        // An operation nobody wrote a rule for is a programming error, not a refusal to hide.
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "No rule for this operation."),
    };
}

public sealed class SurveyAuthorizationHandler(CurrentUser currentUser)
    : AuthorizationHandler<OperationAuthorizationRequirement, SurveyAccess>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, SurveyAccess resource)
    {
        var scope = await currentUser.GetScopeAsync();
        if (resource.Allows(scope, requirement.Name)) context.Succeed(requirement);
    }
}

/// <summary>How the survey pages find their survey: 404 when there is none, 403 when the user may not do the page's operation.</summary>
public static class SurveyPages
{
    public static async Task<(Survey? Survey, IActionResult? Refusal)> FindAsync(this PageModel page, JuurruDbContext db,
        IAuthorizationService auth, int id, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (survey is null) return (null, page.NotFound());
        return await page.RefuseUnlessAsync(auth, SurveyAccess.Of(survey), operation) is { } refusal ? (null, refusal) : (survey, null);
    }
}
