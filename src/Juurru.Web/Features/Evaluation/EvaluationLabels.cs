using Juurru.Localization;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Evaluation;

public static class EvaluationLabels
{
    public static string Decision(IStringLocalizer<SharedResource> L, EvaluationDecision decision) => decision switch
    {
        EvaluationDecision.Model => L["Model"],
        EvaluationDecision.GoodPractice => L["Good practice"],
        _ => L["Needs work"],
    };

    public static string Phase(IStringLocalizer<SharedResource> L, EvaluationPhase phase) =>
        phase == EvaluationPhase.Peer ? L["Peer evaluation"] : L["Expert evaluation"];

    public static string Status(IStringLocalizer<SharedResource> L, AssignmentStatus status) => status switch
    {
        AssignmentStatus.Assigned => L["Not started"],
        AssignmentStatus.Draft => L["Draft saved"],
        _ => L["Submitted"],
    };
}
