using Juurru.Data;
using Juurru.Features.Notifications;
using Juurru.Features.Organisations;
using Juurru.Features.Projects;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Joining;

public enum JoinKind { Project, Organisation }

/// <summary>What someone asks to join: its name for the pages, and the resource and operation that decide who may answer.</summary>
public sealed record JoinTarget(JoinKind Kind, int Id, string Name, object Access, OperationAuthorizationRequirement Answer)
{
    /// <summary>The target's page, without the language.</summary>
    public string Path => Kind == JoinKind.Project ? $"projects/{Id}" : $"organisations/{Id}";
}

/// <summary>
/// Asking to join a project or an organisation and answering: each step saves the request (or the membership) and
/// the notifications that tell of it in one transaction.
/// </summary>
public sealed class JoinRequests(JuurruDbContext db, Notifier notifier, TimeProvider clock)
{
    public enum Asked { Sent, AlreadyMember, AlreadyAsked }

    public async Task<JoinTarget?> TargetAsync(JoinKind kind, int id, CancellationToken ct)
    {
        if (kind == JoinKind.Project)
        {
            var p = await db.Projects.Where(p => p.Id == id).Select(p => new { p.Name, p.NetworkId }).SingleOrDefaultAsync(ct);
            return p is null ? null : new JoinTarget(kind, id, p.Name, new ProjectAccess(id, p.NetworkId), ProjectOperations.AnswerJoinRequests);
        }
        var name = await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync(ct);
        return name is null ? null : new JoinTarget(kind, id, name, new OrganisationAccess(id), OrganisationOperations.AnswerJoinRequests);
    }

    public Task<bool> IsMemberAsync(JoinTarget target, string userId, CancellationToken ct) => target.Kind == JoinKind.Project
        ? db.ProjectMembers.AnyAsync(m => m.ProjectId == target.Id && m.UserId == userId, ct)
        : db.OrganisationMembers.AnyAsync(m => m.OrganisationId == target.Id && m.UserId == userId, ct);

    public Task<JoinRequest?> PendingAsync(JoinTarget target, string userId, CancellationToken ct) => db.JoinRequests.SingleOrDefaultAsync(r => r.UserId == userId
        && (target.Kind == JoinKind.Project ? r.ProjectId == target.Id : r.OrganisationId == target.Id), ct);

    /// <summary>Saves the request and tells those who can answer it; returns the outcome and how many were told.</summary>
    public async Task<(Asked Outcome, int Told)> AskAsync(JoinTarget target, string userId, string userName, string message, CancellationToken ct)
    {
        if (await IsMemberAsync(target, userId, ct)) return (Asked.AlreadyMember, 0);
        if (await PendingAsync(target, userId, ct) is not null) return (Asked.AlreadyAsked, 0);
        db.JoinRequests.Add(new JoinRequest
        {
            UserId = userId,
            ProjectId = target.Kind == JoinKind.Project ? target.Id : null,
            OrganisationId = target.Kind == JoinKind.Organisation ? target.Id : null,
            Message = message,
            At = clock.GetUtcNow().UtcDateTime,
        });
        var told = await notifier.AddAsync(await DecidersAsync(target, ct), userId, NotificationKind.JoinRequested, "join-requests",
            L => (L["Request to join {1}: {0}", userName, target.Name],
                L["{0} would like to become a member of \"{1}\". Accept or decline on the page of join requests.", userName, target.Name]
                + (message.Length > 0 ? "\n\n" + message : "")), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (SaveConflicts.IsConflict(e))
        {
            return (Asked.AlreadyAsked, 0); // the same person asked twice at once
        }
        return (Asked.Sent, told);
    }

    /// <summary>Accepts (adds the membership) or declines; either way the request goes and the person is told.</summary>
    public async Task AnswerAsync(JoinRequest request, JoinTarget target, bool accept, string? reason, string actorId, CancellationToken ct)
    {
        if (accept && !await IsMemberAsync(target, request.UserId, ct))
        {
            if (target.Kind == JoinKind.Project) db.ProjectMembers.Add(new ProjectMember { ProjectId = target.Id, UserId = request.UserId });
            else db.OrganisationMembers.Add(new OrganisationMember { OrganisationId = target.Id, UserId = request.UserId });
        }
        db.JoinRequests.Remove(request);
        await notifier.AddAsync([request.UserId], actorId, NotificationKind.JoinAnswered, target.Path, L => accept
            ? (L["You are now a member of {0}", target.Name], L["Your request to join \"{0}\" was accepted.", target.Name])
            : (L["Your request to join {0} was declined", target.Name],
                L["Your request to join \"{0}\" was declined.", target.Name] + (string.IsNullOrWhiteSpace(reason) ? "" : "\n\n" + reason.Trim())), ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Who is told of a request: the members, and for a project its network's coordinators; the administrators where there is nobody.</summary>
    private async Task<IReadOnlyList<string>> DecidersAsync(JoinTarget target, CancellationToken ct)
    {
        if (target.Kind == JoinKind.Project)
        {
            var network = await db.Projects.Where(p => p.Id == target.Id).Select(p => p.NetworkId).SingleAsync(ct);
            return [.. await notifier.EditorsOfAsync([target.Id], ct), .. await notifier.CoordinatorsOfAsync(network, ct)];
        }
        var members = await db.OrganisationMembers.Where(m => m.OrganisationId == target.Id).Select(m => m.UserId).ToListAsync(ct);
        return members.Count > 0 ? members : await notifier.AdministratorsAsync(ct);
    }
}
