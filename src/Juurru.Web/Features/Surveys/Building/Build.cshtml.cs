using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Surveys.Building;

/// <summary>
/// The survey builder's overview: sections and their questions, to add, rename, reorder and remove. The questions can
/// be changed only while nobody has answered (answers must match the questions they were given to).
/// </summary>
[Authorize]
public sealed class BuildModel(JuurruDbContext db, IAuthorizationService auth, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    public Survey Survey { get; private set; } = null!;
    public bool HasAnswers { get; private set; }

    [BindProperty] public string? TitleFi { get; set; }
    [BindProperty] public string? TitleSv { get; set; }
    [BindProperty] public string? TitleEn { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostAddSectionAsync(int id, CancellationToken ct) => ChangeAsync(id, e =>
    {
        if (string.IsNullOrWhiteSpace(TitleFi)) throw new DefinitionException(new("Give the section a title in Finnish."));
        e.AddSection(LocalizedText.Of(TitleFi, TitleSv ?? "", TitleEn ?? ""));
    }, ct);

    public Task<IActionResult> OnPostRemoveSectionAsync(int id, string section, CancellationToken ct) => ChangeAsync(id, e => e.RemoveSection(section), ct);
    public Task<IActionResult> OnPostMoveSectionAsync(int id, string section, int by, CancellationToken ct) => ChangeAsync(id, e => e.MoveSection(section, by), ct);
    /// <summary>Shows a section only when an earlier choice answer is given ("question:value"), or to everyone (empty).</summary>
    public Task<IActionResult> OnPostSectionConditionAsync(int id, string section, string? showIf, CancellationToken ct) => ChangeAsync(id, e =>
    {
        var target = e.Section(section);
        if (string.IsNullOrEmpty(showIf))
        {
            target.ShowIf = null;
            return;
        }
        if (showIf.Split(':', 2) is not [var key, var value] || e.Definition.Question(key) is not { } source)
            throw new DefinitionException(new("Choose one of the choices."));
        target.ShowIf = new Condition
        {
            Question = key, Values = [value],
            Operator = source.Type == QuestionType.MultipleChoice ? ConditionOperator.Includes : ConditionOperator.AnyOf,
        };
    }, ct);

    public Task<IActionResult> OnPostRemoveQuestionAsync(int id, string question, CancellationToken ct) => ChangeAsync(id, e => e.RemoveQuestion(question), ct);
    public Task<IActionResult> OnPostMoveQuestionAsync(int id, string question, int by, CancellationToken ct) => ChangeAsync(id, e => e.MoveQuestion(question, by), ct);

    private async Task<IActionResult> ChangeAsync(int id, Action<SurveyEditor> change, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (HasAnswers)
        {
            ModelState.AddModelError("", L["The survey already has answers; its questions can no longer be replaced."]);
            return Page();
        }
        var editor = new SurveyEditor(Survey.Definition);
        try
        {
            change(editor);
        }
        catch (DefinitionException e)
        {
            ModelState.AddModelError("", L[e.Error.Message, e.Error.Args]);
            return Page();
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        var errors = editor.Check();
        if (errors.Count > 0)
        {
            foreach (var e in errors) ModelState.AddModelError("", L[e.Message, e.Args]);
            return Page();
        }
        await SaveAsync(db, Survey.Id, editor.Definition, clock, ct);
        return RedirectToPage(new { id });
    }

    public static async Task SaveAsync(JuurruDbContext db, int id, SurveyDefinition definition, TimeProvider clock, CancellationToken ct)
    {
        var tracked = await db.Surveys.SingleAsync(s => s.Id == id, ct);
        tracked.Define(definition);
        tracked.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var (survey, refusal) = await this.FindAsync(db, auth, id, SurveyOperations.Edit, ct);
        if (refusal is not null) return refusal;
        Survey = survey!;
        HasAnswers = await db.SurveyResponses.AnyAsync(r => r.SurveyId == id, ct);
        return null;
    }
}
