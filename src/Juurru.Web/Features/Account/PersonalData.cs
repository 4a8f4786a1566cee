using System.Text.Json;
using Juurru.Data;
using Juurru.Identity;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Account;

/// <summary>
/// The copy of a person's own data they can download from their profile (the right of access): their account, what they
/// belong to, their notifications and settings, their evaluations and their entries in histories. Survey answers are not
/// here: responses are not linked to accounts.
/// </summary>
public sealed class PersonalData(JuurruDbContext db)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public async Task<byte[]> ExportAsync(User user, CancellationToken ct)
    {
        var id = user.Id;
        var data = new
        {
            Account = new { user.DisplayName, user.Email, user.Language, user.CreatedAt, user.TwoFactorEnabled },
            Projects = await db.ProjectMembers.Where(m => m.UserId == id).Select(m => new { m.ProjectId, m.Project!.Name }).ToListAsync(ct),
            Organisations = await db.OrganisationMembers.Where(m => m.UserId == id).Select(m => new { m.OrganisationId, m.Organisation!.Name }).ToListAsync(ct),
            CoordinatedNetworks = await db.NetworkCoordinators.Where(c => c.UserId == id).Select(c => new { c.NetworkId }).ToListAsync(ct),
            JoinRequests = await db.JoinRequests.Where(r => r.UserId == id).Select(r => new { r.ProjectId, r.OrganisationId, r.Message, r.At }).ToListAsync(ct),
            NotificationsOffEmail = await db.NotificationOptOuts.Where(o => o.UserId == id).Select(o => o.Kind).ToListAsync(ct),
            Notifications = await db.Notifications.Where(n => n.UserId == id).OrderBy(n => n.Id)
                .Select(n => new { n.Kind, n.Subject, n.Body, n.CreatedAt, n.ReadAt, n.Mail }).ToListAsync(ct),
            Evaluations = await db.Assignments.Where(a => a.EvaluatorId == id)
                .Select(a => new { a.RoundId, a.PracticeId, a.Phase, a.GroupLabel, a.Status, a.Comment, a.SubmittedAt }).ToListAsync(ct),
            PracticeHistory = await db.PracticeRevisions.Where(r => r.UserId == id).OrderBy(r => r.Id)
                .Select(r => new { r.PracticeId, r.Action, r.At, r.Note }).ToListAsync(ct),
            IndicatorHistory = await db.IndicatorRevisions.Where(r => r.UserId == id).OrderBy(r => r.Id)
                .Select(r => new { r.IndicatorId, r.Action, r.At }).ToListAsync(ct),
        };
        return JsonSerializer.SerializeToUtf8Bytes(data, Options);
    }
}
