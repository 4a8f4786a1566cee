namespace Juurru.Features.Rooting.Indicators;

/// <summary>English keys of the words for kinds, directions and history actions; pages and the history translate them.</summary>
public static class IndicatorLabels
{
    public static string Kind(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Count => "Count",
        IndicatorKind.Percentage => "Percentage",
        IndicatorKind.YesNo => "Yes or no",
        _ => "Euros",
    };

    public static string Direction(IndicatorDirection direction) =>
        direction == IndicatorDirection.Increase ? "More is better" : "Less is better";

    public static string Action(IndicatorAction action) => action switch
    {
        IndicatorAction.Created => "Indicator added",
        IndicatorAction.Changed => "Indicator changed",
        IndicatorAction.MeasurementAdded => "Measurement added",
        IndicatorAction.MeasurementCorrected => "Measurement corrected",
        _ => "Measurement removed",
    };

    /// <summary>History fields whose values are themselves label keys.</summary>
    public static bool TranslatesValues(string field) => field is "Kind" or "Direction";
}
