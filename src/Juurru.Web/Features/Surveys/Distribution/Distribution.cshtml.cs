using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Surveys.Distribution;

/// <summary>Response rate of one respondent group (or of invitees without a group).</summary>
public sealed record GroupRate(int? GroupId, string Name, int Invited, int Sent, int Answered)
{
    public double? Rate => Invited == 0 ? null : Shared.Percent.OneDecimal(Answered, Invited);
}

/// <summary>
/// Who answers and how: the anonymity mode (and the earlier survey this one follows up), respondent groups, invitee
/// lists imported from CSV, invitations and reminders with personal links, and the response rate per group.
/// </summary>
[Authorize]
public sealed class DistributionModel(JuurruDbContext db, CurrentUser user, IAuthorizationService auth, SurveyMailing mailing, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    public Survey Survey { get; private set; } = null!;
    public SurveyState State { get; private set; }
    public bool HasResponses { get; private set; }
    public IReadOnlyList<RespondentGroup> Groups { get; private set; } = [];
    public IReadOnlyList<GroupRate> Rates { get; private set; } = [];
    public int OpenLinkResponses { get; private set; }
    public IReadOnlyList<Invitation> Invitations { get; private set; } = [];
    public IReadOnlyList<(int Id, string Title)> EarlierSurveys { get; private set; } = [];

    [BindProperty] public Anonymity Mode { get; set; }
    [BindProperty] public bool ReportsByGroup { get; set; }
    [BindProperty] public int? PairedSurveyId { get; set; }
    [BindProperty] public string? GroupName { get; set; }
    [BindProperty] public IFormFile? InviteeFile { get; set; }
    [BindProperty] public int? DefaultGroupId { get; set; }
    [BindProperty] public int? ReminderDaysBefore { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Mode = Survey.Anonymity;
        ReportsByGroup = Survey.ReportsByGroup;
        PairedSurveyId = Survey.PairedSurveyId;
        ReminderDaysBefore = Survey.ReminderDaysBefore;
        return Page();
    }

    /// <summary>The mode decides what is stored with the answers, so it is fixed once anyone has started answering.</summary>
    public async Task<IActionResult> OnPostModeAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var tracked = await db.Surveys.SingleAsync(s => s.Id == id, ct);
        if (HasResponses && (Mode != Survey.Anonymity || ReportsByGroup != Survey.ReportsByGroup)) ModelState.AddModelError(nameof(Mode), L["Answers have been given: the anonymity mode can no longer change."]);
        if (!Enum.IsDefined(Mode)) ModelState.AddModelError(nameof(Mode), L["Choose one of the choices."]);
        if (PairedSurveyId is { } p && EarlierSurveys.All(s => s.Id != p)) ModelState.AddModelError(nameof(PairedSurveyId), L["Choose one of the network's other surveys."]);
        if (!ModelState.IsValid) return Page();
        tracked.Anonymity = Mode;
        tracked.ReportsByGroup = ReportsByGroup;
        tracked.PairedSurveyId = PairedSurveyId;
        tracked.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["Saved."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostGroupAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var name = GroupName?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200) ModelState.AddModelError(nameof(GroupName), L["Give the group a name (at most {0} characters).", 200]);
        else if (Groups.Any(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase))) ModelState.AddModelError(nameof(GroupName), L["The survey already has a group of that name."]);
        if (!ModelState.IsValid) return Page();
        db.RespondentGroups.Add(new RespondentGroup { SurveyId = id, Name = name! });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The group was added."].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>All rows or none: a list with any bad row is refused with every row's problem.</summary>
    public async Task<IActionResult> OnPostInviteesAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Uploads.Check(ModelState, L, nameof(InviteeFile), InviteeFile, InviteeList.MaxBytes, "Choose a CSV file.", ".csv", ".txt");
        if (DefaultGroupId is { } g && Groups.All(x => x.Id != g)) ModelState.AddModelError(nameof(DefaultGroupId), L["Choose one of the choices."]);
        if (!ModelState.IsValid) return Page();
        using var reader = new StreamReader(InviteeFile!.OpenReadStream());
        var (invitees, errors) = InviteeList.Read(reader, Invitations.Select(i => i.Email));
        foreach (var e in errors) ModelState.AddModelError(nameof(InviteeFile), L[e.Message, e.Args]);
        if (!ModelState.IsValid) return Page();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var groups = Groups.ToDictionary(x => x.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var name in invitees.Select(i => i.Group).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Where(n => !groups.ContainsKey(n)))
        {
            var group = new RespondentGroup { SurveyId = id, Name = name };
            db.RespondentGroups.Add(group);
            groups[name] = group;
        }
        await db.SaveChangesAsync(ct);
        db.SurveyInvitations.AddRange(invitees.Select(i => new Invitation
        {
            SurveyId = id, Email = i.Email, Name = i.Name, Language = i.Language,
            GroupId = i.Group is { } n ? groups[n].Id : DefaultGroupId,
        }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        TempData["Message"] = L.Plural(invitees.Count, "{0} invitee was added.", "{0} invitees were added.").Value;
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// Takes an invitee off the list (a wrong address, someone who left); an answered invitation stays, as it counts in
    /// the rate. In an anonymous survey any invitation stays once sent: being refused must not tell who answered.
    /// </summary>
    public async Task<IActionResult> OnPostRemoveInviteeAsync(int id, int invitation, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var tracked = await db.SurveyInvitations.SingleOrDefaultAsync(i => i.Id == invitation && i.SurveyId == id, ct);
        if (tracked is null) return NotFound();
        if (Survey.Anonymity == Anonymity.Anonymous && tracked.SentAt is not null)
        {
            ModelState.AddModelError("", L["The invitation to {0} has been sent; in an anonymous survey it stays on the list, so that nothing tells who answered.", tracked.Email]);
            return Page();
        }
        if (tracked.Answered)
        {
            ModelState.AddModelError("", L["{0} has answered; the invitation stays in the response rate.", tracked.Email]);
            return Page();
        }
        db.SurveyInvitations.Remove(tracked);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["{0} was taken off the list.", tracked.Email].Value;
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostSendAsync(int id, CancellationToken ct) => MailAsync(id, reminders: false, ct);

    public Task<IActionResult> OnPostRemindAsync(int id, CancellationToken ct) => MailAsync(id, reminders: true, ct);

    /// <summary>Invitations go to those not yet invited once the survey has its answering period; reminders to those invited who have not answered while it is open.</summary>
    private async Task<IActionResult> MailAsync(int id, bool reminders, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (reminders ? State != SurveyState.Open : State is not (SurveyState.Open or SurveyState.NotYetOpen))
        {
            ModelState.AddModelError("", reminders ? L["Reminders can be sent while the survey is open."] : L["Set the answering period before sending the invitations."]);
            return Page();
        }
        var (sent, failed) = reminders ? await mailing.RemindAsync(Survey, ct) : await mailing.InviteAsync(Survey, ct);
        TempData["Message"] = (reminders ? L.Plural(sent, "{0} reminder was sent.", "{0} reminders were sent.") : L.Plural(sent, "{0} invitation was sent.", "{0} invitations were sent.")).Value;
        if (failed > 0) TempData["Error"] = L.Plural(failed, "{0} message could not be sent; try again later.", "{0} messages could not be sent; try again later.").Value;
        return RedirectToPage(new { id });
    }

    /// <summary>The automatic reminder: a number of days before closing, or none.</summary>
    public async Task<IActionResult> OnPostReminderAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (ReminderDaysBefore is < 1 or > 30) ModelState.AddModelError(nameof(ReminderDaysBefore), L["Give a number between {1} and {2}.", "", 1, 30]);
        if (!ModelState.IsValid) return Page();
        var tracked = await db.Surveys.SingleAsync(s => s.Id == id, ct);
        tracked.ReminderDaysBefore = ReminderDaysBefore;
        tracked.AutoRemindedAt = null;
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["Saved."].Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var (survey, refusal) = await this.FindAsync(db, auth, id, SurveyOperations.Distribute, ct);
        if (survey is null) return refusal;
        Survey = survey;
        State = survey.StateAt(clock.GetUtcNow().UtcDateTime);
        HasResponses = await db.SurveyResponses.AnyAsync(r => r.SurveyId == id, ct);
        Groups = await db.RespondentGroups.AsNoTracking().Where(g => g.SurveyId == id).OrderBy(g => g.Name).ToListAsync(ct);
        Invitations = await db.SurveyInvitations.AsNoTracking().Include(i => i.Group).Where(i => i.SurveyId == id).OrderBy(i => i.Email).ToListAsync(ct);
        OpenLinkResponses = await db.SurveyResponses.CountAsync(r => r.SurveyId == id && r.Status == ResponseStatus.Submitted && r.GroupId == null, ct);
        // Every group, and the invitees without one if there are any.
        Rates = Groups.Select(g => (int?)g.Id).Append(null)
            .Select(g => (Id: g, Invitations: Invitations.Where(i => i.GroupId == g).ToList()))
            .Where(x => x.Id is not null || x.Invitations.Count > 0)
            .Select(x => new GroupRate(x.Id, x.Id is { } gid ? Groups.Single(g => g.Id == gid).Name : L["No group"], x.Invitations.Count,
                x.Invitations.Count(i => i.SentAt != null), x.Invitations.Count(i => i.Answered)))
            .ToList();
        // Only surveys this user manages: a project member does not see the titles of the network's other surveys.
        var scope = await user.GetScopeAsync(ct);
        EarlierSurveys = (await db.Surveys.AsNoTracking().Where(s => s.NetworkId == survey.NetworkId && s.Id != id)
                .OrderByDescending(s => s.CreatedAt).Select(s => new { s.Id, s.Title, s.NetworkId, s.ProjectId }).ToListAsync(ct))
            .Where(s => new SurveyAccess(s.NetworkId, s.ProjectId).Allows(scope, nameof(SurveyOperations.Read))).Select(s => (s.Id, s.Title)).ToList();
        return null;
    }
}
