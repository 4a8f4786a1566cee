using System.Text.RegularExpressions;
using Juurru.Data;
using Juurru.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Surveys.Answering;

/// <summary>
/// One section of a survey, one page: shown questions only, errors linked to their fields, progress, and buttons to go
/// on, go back, save for later or (on the last page) send. Every post saves; "thank you" is shown only after the
/// answers are committed, and a repeated send finds them already in.
/// </summary>
public sealed partial class AnswerModel(JuurruDbContext db, ResponseWriter writer, TimeProvider clock, IStringLocalizer<SharedResource> L,
    Practices.AttachmentStore files) : PageModel
{
    public Survey Survey { get; private set; } = null!;
    public SurveyRun Run { get; private set; } = null!;
    public Answers Answers { get; private set; } = new();
    public IReadOnlyList<SectionDefinition> Sections { get; private set; } = [];
    public int Number { get; private set; }
    public SectionDefinition Section => Sections[Number - 1];
    /// <summary>The pages this respondent will see, for the progress (see <see cref="SurveyRun.ExpectedSectionCount"/>).</summary>
    public int PageCount => Math.Max(Sections.Count, Run.ExpectedSectionCount(Section, Answers));
    /// <summary>No page follows: none is shown after this one, and no answer on this page could open one.</summary>
    public bool IsLast => Number == Sections.Count && !Run.MayOpenLater(Section);
    public string Key { get; private set; } = "";
    public Dictionary<string, AnswerError> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Names of the files attached so far, by key.</summary>
    public Dictionary<string, string> FileNames { get; private set; } = new(StringComparer.Ordinal);

    public long MaxFileMegabytes => files.MaxBytes / 1024 / 1024;

    /// <summary>Whether the page has a file to attach (the form then posts as multipart).</summary>
    public bool TakesFiles => Run.VisibleQuestions(Section, Answers).Any(q => q.Type == QuestionType.File);

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
        var (uploaded, uploadErrors) = await StoreFilesAsync(Section, HttpContext.RequestAborted);
        var readErrors = Run.Read(Section, name => uploaded.TryGetValue(name, out var value) ? value : Request.Form[name].Select(v => v ?? "").ToList(), Answers);
        readErrors.AddRange(uploadErrors);
        Run.Prune(Answers);
        Sections = Run.VisibleSections(Answers);
        Number = Math.Min(section, Sections.Count);
        if (step == Step.Default) step = IsLast ? Step.Send : Step.Next;
        // An answer on this page opened pages after it: they come first, then the send.
        if (step == Step.Send && Number < Sections.Count) step = Step.Next;

        // Going back or saving for later keeps what can be read and does not insist on the rest.
        if (step is Step.Next or Step.Send && readErrors.Concat(Run.Check(Section, Answers)).ToList() is { Count: > 0 } errors)
        {
            foreach (var e in errors)
            {
                Errors.TryAdd(e.Field, e);
                // The summary names the question; beside the field the message alone is enough.
                var question = Run.Describe(e.Field, Cultures.Current);
                string message = L[e.Message, e.Args];
                ModelState.AddModelError(e.Field, question.Length == 0 ? message : $"{question}: {message}");
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
        if (!await StoreAsync(step == Step.Send)) return RedirectToPage("/Surveys/Answering/Done", new { link, key });
        return step switch
        {
            Step.Send => RedirectToPage("/Surveys/Answering/Done", new { link, key }),
            Step.Later => RedirectToPage("/Surveys/Answering/Saved", new { link, key }),
            Step.Back => RedirectToPage(new { link, key, section = Math.Max(1, Number - 1) }),
            _ => RedirectToPage(new { link, key, section = Math.Min(Sections.Count, Number + 1) }),
        };
    }

    /// <summary>
    /// The section's File questions as the form left them: a new upload is checked by its content and stored (its key
    /// becomes the answer), "remove" drops the file, and otherwise the attached file's key stays if it is this response's.
    /// </summary>
    private async Task<(Dictionary<string, IReadOnlyList<string>> Values, List<AnswerError> Errors)> StoreFilesAsync(SectionDefinition section, CancellationToken ct)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var errors = new List<AnswerError>();
        if (!Request.HasFormContentType) return (values, errors);
        foreach (var q in section.Questions.Where(q => q.Type == QuestionType.File))
        {
            var field = SurveyRun.Field(q.Key);
            var upload = Request.Form.Files.GetFile(field);
            if (upload is { Length: > 0 })
            {
                var (stored, refusal) = await files.SaveAsync(upload, ct);
                if (stored is null)
                {
                    errors.Add(new(field, refusal == Practices.AttachmentStore.Refusal.TooLarge ? "The file is too large: at most {0} MB." : "The file must be a PDF, an Office or OpenDocument file, or an image.",
                        MaxFileMegabytes));
                    values[field] = [];
                    continue;
                }
                var file = new SurveyFile
                {
                    SurveyId = Survey.Id, ResponseKey = Key, QuestionKey = q.Key, FileName = stored.FileName, ContentType = stored.Type.ContentType,
                    Size = stored.Size, StoredName = stored.StoredName,
                };
                db.SurveyFiles.Add(file);
                await db.SaveChangesAsync(ct);
                values[field] = [file.Key];
                continue;
            }
            var kept = Request.Form[field].FirstOrDefault(v => !string.IsNullOrEmpty(v));
            var owned = kept is not null && SurveyFile.IsKey(kept)
                && await db.SurveyFiles.AnyAsync(f => f.Key == kept && f.SurveyId == Survey.Id && f.ResponseKey == Key, ct);
            values[field] = owned && Request.Form[field + ".remove"] != "true" ? [kept!] : [];
        }
        return (values, errors);
    }

    /// <summary>Writes the answers under the response key and waits for the commit; false when the response had already been sent (nothing is changed then).</summary>
    private async Task<bool> StoreAsync(bool submit) =>
        await writer.WriteAsync(new ResponseWrite(Survey.Id, Key, Cultures.Current, Answers.ToJson(), submit, clock.GetUtcNow().UtcDateTime)
            { Anonymity = Survey.Anonymity }) == WriteOutcome.Stored;

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
        if (survey is null || key is null || !KeyPattern().IsMatch(key)) return NotFound();
        if (survey.StateAt(clock.GetUtcNow().UtcDateTime) != SurveyState.Open) return RedirectToPage("/Surveys/Answering/Start", new { link });
        var response = await db.SurveyResponses.AsNoTracking().Where(r => r.Key == key)
            .Select(r => new { r.SurveyId, r.Status, r.AnswersJson }).SingleOrDefaultAsync(ct);
        if (response is not null && response.SurveyId != survey.Id) return NotFound();
        if (response?.Status == ResponseStatus.Submitted) return RedirectToPage("/Surveys/Answering/Done", new { link, key });
        // A pseudonymous or named response starts on the start page (code or name); a made-up key cannot skip it.
        if (response is null && survey.Anonymity != Anonymity.Anonymous) return RedirectToPage("/Surveys/Answering/Start", new { link });
        Survey = survey;
        Key = key;
        Run = new SurveyRun(survey.Definition);
        Answers = Answers.FromJson(response?.AnswersJson);
        Sections = Run.VisibleSections(Answers);
        if (Run.Definition.Questions.Any(q => q.Type == QuestionType.File))
            FileNames = await db.SurveyFiles.Where(f => f.SurveyId == survey.Id && f.ResponseKey == key).ToDictionaryAsync(f => f.Key, f => f.FileName, StringComparer.Ordinal, ct);
        return null;
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex KeyPattern();
}
