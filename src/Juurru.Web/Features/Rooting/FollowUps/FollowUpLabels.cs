namespace Juurru.Features.Rooting.FollowUps;

/// <summary>English keys of the words for follow-up phases and answers.</summary>
public static class FollowUpLabels
{
    public static string Phase(FollowUpPhase phase) => phase switch
    {
        FollowUpPhase.Upcoming => "Upcoming",
        FollowUpPhase.NotSent => "Due, not sent",
        FollowUpPhase.Waiting => "Sent, waiting for answers",
        FollowUpPhase.Answered => "Answered",
        FollowUpPhase.Unanswered => "Closed without answers",
        _ => "Nothing to ask",
    };

    public static string Use(RootingUse use) => use switch
    {
        RootingUse.Yes => "Still in use",
        RootingUse.Partly => "Partly in use",
        RootingUse.No => "No longer in use",
        RootingUse.Never => "Never used there",
        _ => "Does not know",
    };
}
