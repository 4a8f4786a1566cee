using System.ComponentModel.DataAnnotations;
using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Surveys.Building;

/// <summary>The builder's question form: type, texts in three languages, choices or statements one per line, scale, picks, and a condition.</summary>
[Authorize]
public sealed class QuestionModel(JuurruDbContext db, IAuthorizationService auth, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    public Survey Survey { get; private set; } = null!;
    public SectionDefinition Section { get; private set; } = null!;

    /// <summary>Answers an earlier question can give, to show this one only after them ("question:value" → label).</summary>
    public IReadOnlyList<(string Value, string Label)> Conditions { get; private set; } = [];

    [BindProperty] public QuestionInput Input { get; set; } = new();

    public sealed class QuestionInput
    {
        public string? Key { get; set; }
        public QuestionType Type { get; set; } = QuestionType.SingleChoice;

        [Required(ErrorMessage = "Write the question in Finnish.")]
        [StringLength(1000, ErrorMessage = "A text can be at most {1} characters long.")]
        public string TextFi { get; set; } = "";
        [StringLength(1000, ErrorMessage = "A text can be at most {1} characters long.")] public string? TextSv { get; set; }
        [StringLength(1000, ErrorMessage = "A text can be at most {1} characters long.")] public string? TextEn { get; set; }
        [StringLength(2000, ErrorMessage = "A text can be at most {1} characters long.")] public string? HelpFi { get; set; }
        [StringLength(2000, ErrorMessage = "A text can be at most {1} characters long.")] public string? HelpSv { get; set; }
        [StringLength(2000, ErrorMessage = "A text can be at most {1} characters long.")] public string? HelpEn { get; set; }
        public bool Required { get; set; }

        /// <summary>Choices (or a matrix's statements), one per line, in each language.</summary>
        public string? LinesFi { get; set; }
        public string? LinesSv { get; set; }
        public string? LinesEn { get; set; }

        [Range(0, 100, ErrorMessage = "Give a number between {1} and {2}.")] public int? MinPicks { get; set; }
        [Range(1, 100, ErrorMessage = "Give a number between {1} and {2}.")] public int? MaxPicks { get; set; }
        [Range(0, 10, ErrorMessage = "Give a number between {1} and {2}.")] public int ScaleMin { get; set; } = 1;
        [Range(0, 10, ErrorMessage = "Give a number between {1} and {2}.")] public int ScaleMax { get; set; } = 5;
        [StringLength(100, ErrorMessage = "A label can be at most {1} characters long.")] public string? MinLabelFi { get; set; }
        [StringLength(100, ErrorMessage = "A label can be at most {1} characters long.")] public string? MaxLabelFi { get; set; }
        [StringLength(100, ErrorMessage = "A label can be at most {1} characters long.")] public string? MinLabelSv { get; set; }
        [StringLength(100, ErrorMessage = "A label can be at most {1} characters long.")] public string? MaxLabelSv { get; set; }
        [StringLength(100, ErrorMessage = "A label can be at most {1} characters long.")] public string? MinLabelEn { get; set; }
        [StringLength(100, ErrorMessage = "A label can be at most {1} characters long.")] public string? MaxLabelEn { get; set; }
        public bool DontKnow { get; set; }

        /// <summary>"question:value", or empty for always shown.</summary>
        public string? ShowIf { get; set; }

        public static QuestionInput From(QuestionDefinition q)
        {
            var lines = q.Type == QuestionType.Matrix ? q.Statements : q.Options;
            var s = q.HasScale ? q.EffectiveScale : Scale.Likert();
            return new QuestionInput
            {
                Key = q.Key, Type = q.Type, TextFi = q.Text.Fi, TextSv = q.Text.Sv, TextEn = q.Text.En,
                HelpFi = q.Help.Fi, HelpSv = q.Help.Sv, HelpEn = q.Help.En, Required = q.Required,
                LinesFi = string.Join("\n", lines.Select(c => c.Text.Fi)), LinesSv = string.Join("\n", lines.Select(c => c.Text.Sv)),
                LinesEn = string.Join("\n", lines.Select(c => c.Text.En)),
                MinPicks = q.MinPicks, MaxPicks = q.MaxPicks, ScaleMin = s.Min, ScaleMax = s.Max,
                MinLabelFi = s.MinLabel.Fi, MaxLabelFi = s.MaxLabel.Fi, MinLabelSv = s.MinLabel.Sv, MaxLabelSv = s.MaxLabel.Sv,
                MinLabelEn = s.MinLabel.En, MaxLabelEn = s.MaxLabel.En, DontKnow = s.DontKnow,
                ShowIf = q.ShowIf is { Values: [var v, ..] } c ? $"{c.Question}:{v}" : null,
            };
        }

        public QuestionDefinition ToQuestion(SurveyDefinition definition)
        {
            static string[] Split(string? text) => (text ?? "").Replace("\r", "").Split('\n').Select(l => l.Trim()).ToArray();
            var fi = Split(LinesFi).Where(l => l.Length > 0).ToArray();
            var sv = Split(LinesSv);
            var en = Split(LinesEn);
            var before = definition.Question(Key ?? "") is { } old ? (old.Type == QuestionType.Matrix ? old.Statements : old.Options) : [];
            var values = ChoiceValues.Assign(before, fi);
            var lines = fi.Select((t, i) => new Choice
            {
                Value = values[i],
                Text = LocalizedText.Of(t, i < sv.Length ? sv[i] : "", i < en.Length ? en[i] : ""),
            }).ToList();
            var q = new QuestionDefinition
            {
                Key = Key ?? "", Type = Type, Required = Required,
                Text = LocalizedText.Of(TextFi, TextSv ?? "", TextEn ?? ""), Help = LocalizedText.Of(HelpFi ?? "", HelpSv ?? "", HelpEn ?? ""),
            };
            if (Type is QuestionType.SingleChoice or QuestionType.MultipleChoice) q.Options = lines;
            if (Type == QuestionType.Matrix) q.Statements = lines;
            if (Type == QuestionType.MultipleChoice)
            {
                q.MinPicks = MinPicks;
                q.MaxPicks = MaxPicks;
            }
            if (q.HasScale)
            {
                q.Scale = new Scale
                {
                    Min = Type == QuestionType.Recommendation ? 0 : ScaleMin, Max = Type == QuestionType.Recommendation ? 10 : ScaleMax,
                    MinLabel = LocalizedText.Of(MinLabelFi ?? "", MinLabelSv ?? "", MinLabelEn ?? ""),
                    MaxLabel = LocalizedText.Of(MaxLabelFi ?? "", MaxLabelSv ?? "", MaxLabelEn ?? ""),
                    DontKnow = DontKnow && Type != QuestionType.Recommendation,
                };
            }
            if (ShowIf?.Split(':', 2) is [var key, var value] && definition.Question(key) is { } source)
                q.ShowIf = new Condition { Question = key, Values = [value], Operator = source.Type == QuestionType.MultipleChoice ? ConditionOperator.Includes : ConditionOperator.AnyOf };
            return q;
        }
    }

    public async Task<IActionResult> OnGetAsync(int id, string section, string? key, CancellationToken ct)
    {
        if (await LoadAsync(id, section, key, ct) is { } refused) return refused;
        if (key is not null) Input = QuestionInput.From(Survey.Definition.Question(key)!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string section, CancellationToken ct)
    {
        if (await LoadAsync(id, section, Input.Key, ct) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        if (await db.SurveyResponses.AnyAsync(r => r.SurveyId == id, ct))
        {
            ModelState.AddModelError("", L["The survey already has answers; its questions can no longer be replaced."]);
            return Page();
        }
        var editor = new SurveyEditor(Survey.Definition);
        editor.SaveQuestion(section, Input.ToQuestion(editor.Definition));
        var errors = editor.Check();
        if (errors.Count > 0)
        {
            foreach (var e in errors) ModelState.AddModelError("", L[e.Message, e.Args]);
            return Page();
        }
        await BuildModel.SaveAsync(db, id, editor.Definition, clock, ct);
        TempData["Message"] = L["The question was saved."].Value;
        return RedirectToPage("/Surveys/Building/Build", new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, string section, string? key, CancellationToken ct)
    {
        var (survey, refusal) = await this.FindAsync(db, auth, id, SurveyOperations.Edit, ct);
        if (refusal is not null) return refusal;
        Survey = survey!;
        var d = Survey.Definition;
        if (d.Sections.SingleOrDefault(s => s.Key == section) is not { } target) return NotFound();
        if (key is not null && d.Question(key) is null) return NotFound();
        Section = target;
        // Questions before this one: all of the earlier sections, and those above it in its own.
        var earlier = d.Sections.TakeWhile(s => s != target).SelectMany(s => s.Questions)
            .Concat(target.Questions.TakeWhile(q => q.Key != key)).Where(q => q.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice);
        var culture = Cultures.Current;
        Conditions = earlier.SelectMany(q => q.Options.Select(o => ($"{q.Key}:{o.Value}", $"{q.Text.In(culture)}: {o.Text.In(culture)}"))).ToList();
        return null;
    }
}
