using System.ComponentModel.DataAnnotations;
using Juurru.Data;
using Juurru.Features.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Practices;

/// <summary>The method bank's template as a form; the same for creating and editing.</summary>
public sealed class PracticeForm
{
    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(300, ErrorMessage = "The name can be at most {1} characters long.")]
    [Display(Name = "Name")]
    public string Title { get; set; } = "";

    [Display(Name = "Kind")]
    public PracticeKind Kind { get; set; } = PracticeKind.GoodPractice;

    [Required(ErrorMessage = "Write a short description.")]
    [StringLength(Practice.SummaryMaxLength, ErrorMessage = "The short description can be at most {1} characters long.")]
    [Display(Name = "Short description")]
    public string Summary { get; set; } = "";

    [StringLength(20_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Goal and target group")]
    public string? GoalAndTargetGroup { get; set; }

    [StringLength(20_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Content and actions")]
    public string? ContentAndActions { get; set; }

    [StringLength(20_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Staff motivation and induction")]
    public string? StaffInduction { get; set; }

    [StringLength(20_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Marketing")]
    public string? Marketing { get; set; }

    [StringLength(20_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Materials")]
    public string? Materials { get; set; }

    [StringLength(20_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Resources")]
    public string? Resources { get; set; }

    [StringLength(20_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Results and indicators")]
    public string? ResultsAndIndicators { get; set; }

    public List<int> ProjectIds { get; set; } = [];
    public List<int> ThemeIds { get; set; } = [];
    public List<int> OrganisationIds { get; set; } = [];
    public List<string> RegionCodes { get; set; } = [];

    [StringLength(1_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Keywords")]
    public string? Keywords { get; set; }

    [StringLength(1_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Target groups")]
    public string? TargetGroups { get; set; }

    [RegularExpression("^(fi|sv|en)$", ErrorMessage = "Choose the content language.")]
    [Display(Name = "Content language")]
    public string Language { get; set; } = "fi";

    [Range(1990, 2100, ErrorMessage = "Give a year between {1} and {2}.")]
    [Display(Name = "Year")]
    public int? Year { get; set; }

    [Display(Name = "Model applied")]
    public int? ModelId { get; set; }

    public List<ContactInput> Contacts { get; set; } = [];
    public List<LinkInput> Links { get; set; } = [];

    /// <summary>The practice's content when the form was opened (<see cref="PracticeSnapshot.Fingerprint"/>): a save over someone else's newer save is stopped.</summary>
    public string? Opened { get; set; }

    public static PracticeForm From(Practice p) => new()
    {
        Title = p.Title, Kind = p.Kind, Summary = p.Summary, GoalAndTargetGroup = p.GoalAndTargetGroup,
        ContentAndActions = p.ContentAndActions, StaffInduction = p.StaffInduction, Marketing = p.Marketing,
        Materials = p.Materials, Resources = p.Resources, ResultsAndIndicators = p.ResultsAndIndicators,
        ProjectIds = p.Projects.Select(x => x.Id).ToList(), ThemeIds = p.Themes.Select(x => x.Id).ToList(),
        OrganisationIds = p.Organisations.Select(x => x.Id).ToList(), RegionCodes = p.Regions.Select(r => r.Code).ToList(),
        Keywords = string.Join(", ", p.Keywords.Select(k => k.Name)), TargetGroups = string.Join(", ", p.TargetGroups.Select(k => k.Name)),
        Language = p.Language, Year = p.Year, ModelId = p.ModelId,
        Contacts = FormRows.From(p.Contacts),
        Links = FormRows.From(p.Links),
        Opened = PracticeSnapshot.Of(p).Fingerprint,
    };

    /// <summary>Blank rows so that contacts and links can be added without JavaScript.</summary>
    public void AddBlankRows() => FormRows.AddBlankRows(Contacts, Links);

    /// <summary>Checks across fields that attributes cannot express; errors go into ModelState under the field's name.</summary>
    public void Validate(ModelStateDictionary state, string prefix, IStringLocalizer L)
    {
        if (ProjectIds.Count == 0) state.AddModelError($"{prefix}.{nameof(ProjectIds)}", L["Choose at least one project."]);
        if (Kind == PracticeKind.Model && ModelId is not null)
            state.AddModelError($"{prefix}.{nameof(ModelId)}", L["Only a good practice can apply a model."]);
        FormRows.Validate(Contacts, Links, state, prefix, L);
    }

    /// <summary>Copies the plain fields; the caller resolves the related entities.</summary>
    public void ApplyTextTo(Practice p)
    {
        if (p.Title != Title.Trim()) p.Retitle(Title);
        p.Kind = Kind;
        p.Summary = Summary.Trim();
        p.GoalAndTargetGroup = GoalAndTargetGroup?.Trim() ?? "";
        p.ContentAndActions = ContentAndActions?.Trim() ?? "";
        p.StaffInduction = StaffInduction?.Trim() ?? "";
        p.Marketing = Marketing?.Trim() ?? "";
        p.Materials = Materials?.Trim() ?? "";
        p.Resources = Resources?.Trim() ?? "";
        p.ResultsAndIndicators = ResultsAndIndicators?.Trim() ?? "";
        p.Language = Language;
        p.Year = Year;
        p.Contacts = FormRows.ToContacts(Contacts);
        p.Links = FormRows.ToLinks(Links);
    }

    /// <summary>"mentorointi, Vertaistuki ,mentorointi" → the distinct names as typed.</summary>
    public static IReadOnlyList<string> SplitList(string? text) =>
        (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length is > 0 and <= 100)
            .DistinctBy(TextKeys.Normalize)
            .ToList();
}
