using Juurru.Features.Shared;

namespace Juurru.Features.Rooting.Indicators;

/// <summary>
/// An indicator that every project of a network reports (participants, events held, practices documented, students
/// reached): one definition, so that the projects' figures can be added up and set against the sum of their targets.
/// </summary>
public sealed class CommonIndicator
{
    public int Id { get; set; }
    public int NetworkId { get; set; }
    public LocalizedText Name { get; set; } = new();
    public LocalizedText Unit { get; set; } = new();
    public LocalizedText Description { get; set; } = new();
    public IndicatorKind Kind { get; set; }
    public IndicatorDirection Direction { get; set; }
    public int SortOrder { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Only kinds that add up across projects (yes/no adds up to the number of projects with yes); percentages do not.</summary>
    public static bool Adds(IndicatorKind kind) => kind is not IndicatorKind.Percentage;
}
