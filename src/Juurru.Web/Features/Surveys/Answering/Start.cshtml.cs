using Juurru.Data;
using Juurru.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Surveys.Answering;

/// <summary>
/// The way in: the open link, or a personal link (<c>?i=</c> the invitation's token). Anonymous surveys start straight
/// away; a pseudonymous one asks the open-link respondent for their respondent code and a named one for their name; an
/// invitee's response is made here with the invitation's group (and code), and the personal link resumes it later.
/// </summary>
public sealed class StartModel(JuurruDbContext db, ResponseWriter writer, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    public Survey Survey { get; private set; } = null!;
    public SurveyState State { get; private set; }
    public Invitation? Invitation { get; private set; }

    /// <summary>An invitee's response started earlier and not sent: the personal link continues it.</summary>
    public string? ResumeKey { get; private set; }

    /// <summary>A fresh response key for the first page: the respondent's answers are stored under it from the first save.</summary>
    public string NewKey { get; } = SurveyResponse.NewKey();

    /// <summary>Whether the respondent starts with a form (code, name, or an invitation) rather than a plain link.</summary>
    public bool StartsWithForm => Invitation is not null || Survey.Anonymity != Anonymity.Anonymous;

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Name { get; set; }

    public async Task<IActionResult> OnGetAsync(string link, string? i, CancellationToken ct) =>
        await LoadAsync(link, i, ct) ?? Page();

    public async Task<IActionResult> OnPostBeginAsync(string link, string? i, CancellationToken ct)
    {
        if (await LoadAsync(link, i, ct) is { } other) return other;
        if (State != SurveyState.Open || Invitation?.Answered == true) return Page();
        if (ResumeKey is not null) return RedirectToPage("/Surveys/Answering/Answer", new { link, key = ResumeKey, section = 1 });

        string? code = null, name = null;
        if (Invitation is not null)
        {
            if (Survey.Anonymity == Anonymity.Pseudonymous) code = await RespondentCodes.ForEmailAsync(db, Survey.NetworkId, Invitation.Email, ct);
            if (Survey.Anonymity == Anonymity.Named) name = Invitation.Name ?? Invitation.Email;
        }
        else if (Survey.Anonymity == Anonymity.Pseudonymous && (code = RespondentCodes.Normalize(Code)) is null)
        {
            ModelState.AddModelError(nameof(Code), L["Give your respondent code: 4–40 letters or digits."]);
        }
        else if (Survey.Anonymity == Anonymity.Named && string.IsNullOrWhiteSpace(name = Name?.Trim()))
        {
            ModelState.AddModelError(nameof(Name), L["Give your name."]);
        }
        if (name is { Length: > 200 }) ModelState.AddModelError(nameof(Name), L["The name can be at most {0} characters long.", 200]);
        if (!ModelState.IsValid) return Page();

        var group = Invitation?.GroupId;
        if (group is { } g)
        {
            var invitees = Survey.Anonymity == Anonymity.Anonymous ? await db.SurveyInvitations.CountAsync(x => x.GroupId == g, ct) : 0;
            group = ResponseRecord.Group(Survey.Anonymity, Survey.ReportsByGroup, g, invitees);
        }
        var origin = new ResponseOrigin(group, Invitation?.Id, code, name);
        await writer.WriteAsync(new ResponseWrite(Survey.Id, NewKey, Cultures.Current, "{}", false, clock.GetUtcNow().UtcDateTime)
            { Origin = origin, Anonymity = Survey.Anonymity });
        return RedirectToPage("/Surveys/Answering/Answer", new { link, key = NewKey, section = 1 });
    }

    private async Task<IActionResult?> LoadAsync(string link, string? token, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.LinkKey == link, ct);
        if (survey is null) return NotFound();
        Survey = survey;
        State = survey.StateAt(clock.GetUtcNow().UtcDateTime);
        if (token is null) return null;
        Invitation = await db.SurveyInvitations.AsNoTracking().SingleOrDefaultAsync(x => x.Token == token && x.SurveyId == survey.Id, ct);
        if (Invitation is null) return NotFound();
        ResumeKey = await db.SurveyResponses.Where(r => r.InvitationId == Invitation.Id && r.Status == ResponseStatus.InProgress)
            .Select(r => r.Key).FirstOrDefaultAsync(ct);
        return null;
    }
}
