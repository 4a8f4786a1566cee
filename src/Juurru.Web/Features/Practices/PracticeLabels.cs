using Microsoft.Extensions.Localization;

namespace Juurru.Features.Practices;

/// <summary>UI names of the template's fields and of revision actions, as English keys for the localizer.</summary>
public static class PracticeLabels
{
    public static string Field(PracticeField field) => field switch
    {
        PracticeField.Title => "Name",
        PracticeField.Summary => "Short description",
        PracticeField.GoalAndTargetGroup => "Goal and target group",
        PracticeField.ContentAndActions => "Content and actions",
        PracticeField.StaffInduction => "Staff motivation and induction",
        PracticeField.Marketing => "Marketing",
        PracticeField.Materials => "Materials",
        PracticeField.Resources => "Resources",
        PracticeField.ResultsAndIndicators => "Results and indicators",
        PracticeField.Contacts => "Contacts",
        PracticeField.Links => "Links",
        PracticeField.Projects => "Projects",
        PracticeField.Themes => "Themes",
        PracticeField.Organisations => "Organisations",
        PracticeField.Keywords => "Keywords",
        PracticeField.TargetGroups => "Target groups",
        PracticeField.Regions => "Regions",
        PracticeField.Language => "Content language",
        PracticeField.Kind => "Kind",
        PracticeField.Model => "Model applied",
        PracticeField.Year => "Year",
        _ => field.ToString(),
    };

    public static string Action(RevisionAction action) => action switch
    {
        RevisionAction.Created => "Created",
        RevisionAction.Edited => "Edited",
        RevisionAction.Submitted => "Submitted for publication",
        RevisionAction.Published => "Published",
        RevisionAction.ReturnedToDraft => "Returned to draft",
        RevisionAction.Archived => "Archived",
        RevisionAction.Restored => "Restored",
        RevisionAction.Imported => "Imported",
        RevisionAction.AttachmentAdded => "Attachment added",
        RevisionAction.AttachmentRemoved => "Attachment removed",
        RevisionAction.EvaluationStarted => "Taken into an evaluation round",
        RevisionAction.EvaluationSubmitted => "Evaluation submitted",
        RevisionAction.EvaluationDecided => "Evaluation decision",
        _ => action.ToString(),
    };

    public static string Missing(IStringLocalizer L, IEnumerable<PracticeField> fields) =>
        string.Join(", ", fields.Select(f => L[Field(f)].Value));
}
