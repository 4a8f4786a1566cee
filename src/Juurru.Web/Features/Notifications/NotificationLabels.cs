using Juurru.Localization;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Notifications;

public static class NotificationLabels
{
    /// <summary>The setting's label: when the e-mail comes.</summary>
    public static string Kind(IStringLocalizer<SharedResource> L, NotificationKind kind) => kind switch
    {
        NotificationKind.PracticeSubmitted => L["A practice of my network is submitted for publication (coordinators)"],
        NotificationKind.PracticePublished => L["A practice I edit is published"],
        NotificationKind.PracticeReturned => L["A practice I edit is returned to draft"],
        NotificationKind.AddedToProject => L["I am added to a project"],
        NotificationKind.EvaluationDecision => L["An evaluation round decides on a practice I edit"],
        NotificationKind.JoinRequested => L["Someone asks to join a project or organisation I belong to"],
        NotificationKind.JoinAnswered => L["My request to join is answered"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
