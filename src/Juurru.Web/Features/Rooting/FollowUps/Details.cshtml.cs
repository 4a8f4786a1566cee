using Juurru.Data;
using Juurru.Features.Networks;
using Juurru.Features.Surveys.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Rooting.FollowUps;

/// <summary>One follow-up's answers, practice by practice and organisation by organisation, with the evidence; for the network's coordinators.</summary>
[Authorize]
public sealed class DetailsModel(JuurruDbContext db, IAuthorizationService auth, Practices.AttachmentStore files, TimeProvider clock) : PageModel
{
    public FollowUpRow FollowUp { get; private set; } = null!;
    public string NetworkSlug { get; private set; } = "";
    public IReadOnlyList<AnswerRow> Answers { get; private set; } = [];
    public IReadOnlyDictionary<string, string> FileNames { get; private set; } = new Dictionary<string, string>();

    public sealed record AnswerRow(int PracticeId, string Practice, string? Organisation, RootingUse Use, IReadOnlyList<string> Places, string KeptBy,
        string Reason, string EvidenceLink, string? EvidenceFile, DateTime AnsweredAt);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Answers = await db.FollowUpAnswers.AsNoTracking().Where(a => a.FollowUpId == id)
            .Join(db.Practices, a => a.PracticeId, p => p.Id, (a, p) => new { a, p.Title })
            .GroupJoin(db.Organisations, x => x.a.OrganisationId, o => o.Id, (x, o) => new { x.a, x.Title, o })
            .SelectMany(x => x.o.DefaultIfEmpty(), (x, o) => new AnswerRow(x.a.PracticeId, x.Title, o == null ? null : o.Name, x.a.Use, x.a.Places,
                x.a.KeptBy, x.a.Reason, x.a.EvidenceLink, x.a.EvidenceFile, x.a.AnsweredAt))
            .ToListAsync(ct);
        var keys = Answers.Where(a => a.EvidenceFile is not null).Select(a => a.EvidenceFile!).ToList();
        FileNames = await db.SurveyFiles.Where(f => keys.Contains(f.Key)).ToDictionaryAsync(f => f.Key, f => f.FileName, ct);
        return Page();
    }

    /// <summary>An evidence file, to those who may read the answers, with headers that keep it from acting as a page.</summary>
    public async Task<IActionResult> OnGetFileAsync(int id, string key, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var file = await db.SurveyFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Key == key && f.SurveyId == FollowUp.SurveyId, ct);
        return Surveys.Reports.FileDownload.Of(Response, files, file);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var networkId = await db.FollowUps.Where(f => f.Id == id).Select(f => (int?)f.NetworkId).SingleOrDefaultAsync(ct);
        if (networkId is null) return NotFound();
        if (!(await auth.AuthorizeAsync(User, new NetworkAccess(networkId.Value), NetworkOperations.ManageFollowUps)).Succeeded) return Forbid();
        FollowUp = (await FollowUpList.ForNetworkAsync(db, networkId.Value, clock.GetUtcNow().UtcDateTime, ct)).Single(f => f.Id == id);
        NetworkSlug = await db.Networks.Where(n => n.Id == networkId).Select(n => n.Slug).SingleAsync(ct);
        return null;
    }
}
