using System.Text.RegularExpressions;
using Juurru.Data;
using Juurru.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Surveys;

/// <summary>
/// One section of a survey, one page: shown questions only, errors linked to their fields, progress, and buttons to go
/// on, go back, save for later or (on the last page) send. Every post saves; "thank you" is shown only after the
/// answers are committed, and a repeated send finds them already in.
/// </summary>
public sealed partial class AnswerModel(JuurruDbContext db, ResponseWriter writer, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    public Survey Survey { get; private set; } = null!;
    public SurveyRun Run { get; private set; } = null!;
    public Answers Answers { get; private set; } = new();
    public IReadOnlyList<SectionDefinition> Sections { get; private set; } = [];
    public int Number { get; private set; }
    public SectionDefinition Section => Sections[Number - 1];
    public bool IsLast => Number == Sections.Count;
    public string Key { get; private set; } = "";
    public Dictionary<string, AnswerError> Errors { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(string link, string key, int section, CancellationToken ct)
    {
        if (await LoadAsync(link, key, ct) is { } other) return other;
        return Show(section);
    }

    public Task<IActionResult> OnPostNextAsync(string link, string key, int section, CancellationToken ct) => SaveAsync(link, key, section, Step.Next, ct);
    public Task<IActionResult> OnPostBackAsync(string link, string key, int section, CancellationToken ct) => SaveAsync(link, key, section, Step.Back, ct);
    public Task<IActionResult> OnPostLaterAsync(string link, string key, int section, CancellationToken ct) => SaveAsync(link, key, section, Step.Later, ct);
    public Task<IActionResult> OnPostSendAsync(string link, string key, int section, CancellationToken ct) => SaveAsync(link, key, section, Step.Send, ct);

    /// <summary>Enter in a field submits the form without naming a button: the same as "next" (or "send" on the last page).</summary>
    public Task<IActionResult> OnPostAsync(string link, string key, int section, CancellationToken ct) => SaveAsync(link, key, section, Step.Default, ct);

    private enum Step { Next, Back, Later, Send, Default }

    private async Task<IActionResult> SaveAsync(string link, string key, int section, Step step, CancellationToken ct)
    {
        if (await LoadAsync(link, key, ct) is { } other) return other;
        if (section < 1 || section > Sections.Count) return Show(section);
        Number = section;
        var readErrors = Run.Read(Section, name => Request.Form[name].Select(v => v ?? "").ToList(), Answers);
        Run.Prune(Answers);
        Sections = Run.VisibleSections(Answers);
        Number = Math.Min(section, Sections.Count);
        if (step == Step.Default) step = IsLast ? Step.Send : Step.Next;

        // Going back or saving for later keeps what can be read and does not insist on the rest.
        if (step is Step.Next or Step.Send && readErrors.Concat(Run.Check(Section, Answers)).ToList() is { Count: > 0 } errors)
        {
            foreach (var e in errors)
            {
                Errors.TryAdd(e.Field, e);
                ModelState.AddModelError(e.Field, L[e.Message, e.Args]);
            }
            return Page();
        }

        if (step == Step.Send)
        {
            // Every shown section must be complete; one reached by a typed address or an old link may not be.
            var incomplete = Sections.Select((s, i) => (Index: i + 1, Errors: Run.Check(s, Answers))).FirstOrDefault(x => x.Errors.Count > 0);
            if (incomplete.Errors is { Count: > 0 })
            {
                await StoreAsync(submit: false);
                TempData["Error"] = L["Some answers are still missing on this page."].Value;
                return RedirectToPage(new { link, key, section = incomplete.Index });
            }
        }
        if (!await StoreAsync(step == Step.Send)) return RedirectToPage("/Surveys/Done", new { link, key });
        return step switch
        {
            Step.Send => RedirectToPage("/Surveys/Done", new { link, key }),
            Step.Later => RedirectToPage("/Surveys/Saved", new { link, key }),
            Step.Back => RedirectToPage(new { link, key, section = Math.Max(1, Number - 1) }),
            _ => RedirectToPage(new { link, key, section = Math.Min(Sections.Count, Number + 1) }),
        };
    }

    /// <summary>Writes the answers under the response key and waits for the commit; false when the response had already been sent (nothing is changed then).</summary>
    private async Task<bool> StoreAsync(bool submit) =>
        await writer.WriteAsync(new ResponseWrite(Survey.Id, Key, Cultures.Current, Answers.ToJson(), submit, clock.GetUtcNow().UtcDateTime)
            { KeepInvitation = Survey.Anonymity == Anonymity.Named }) == WriteOutcome.Stored;

    private IActionResult Show(int section)
    {
        if (section < 1) return RedirectToPage(new { link = Survey.LinkKey, key = Key, section = 1 });
        if (section > Sections.Count) return RedirectToPage(new { link = Survey.LinkKey, key = Key, section = Sections.Count });
        Number = section;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string link, string key, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.LinkKey == link, ct);
        if (survey is null || !KeyPattern().IsMatch(key)) return NotFound();
        if (survey.StateAt(clock.GetUtcNow().UtcDateTime) != SurveyState.Open) return RedirectToPage("/Surveys/Start", new { link });
        var response = await db.SurveyResponses.AsNoTracking().Where(r => r.Key == key)
            .Select(r => new { r.SurveyId, r.Status, r.AnswersJson }).SingleOrDefaultAsync(ct);
        if (response is not null && response.SurveyId != survey.Id) return NotFound();
        if (response?.Status == ResponseStatus.Submitted) return RedirectToPage("/Surveys/Done", new { link, key });
        // A pseudonymous or named response starts on the start page (code or name); a made-up key cannot skip it.
        if (response is null && survey.Anonymity != Anonymity.Anonymous) return RedirectToPage("/Surveys/Start", new { link });
        Survey = survey;
        Key = key;
        Run = new SurveyRun(survey.Definition);
        Answers = Answers.FromJson(response?.AnswersJson);
        Sections = Run.VisibleSections(Answers);
        return null;
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex KeyPattern();
}
