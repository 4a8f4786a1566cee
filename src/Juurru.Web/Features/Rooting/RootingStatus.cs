using Juurru.Features.Rooting.Adoptions;

namespace Juurru.Features.Rooting;

/// <summary>Whether a practice is still alive, as its adoptions say (juurtuminen).</summary>
public enum RootingStatus
{
    /// <summary>No organisation has reported on it.</summary>
    Unknown,
    /// <summary>At least one organisation uses it.</summary>
    InUse,
    /// <summary>None uses it yet, but some are trying it out.</summary>
    TryingOut,
    /// <summary>Every organisation that used it has stopped.</summary>
    Stopped,
}

/// <summary>
/// A practice's rooting in one line: its status, how many organisations are in that status, and when that was last
/// confirmed ("in use at 5 organisations, confirmed 5/2026"). Kept on the practice so that lists, badges, facets and the
/// API read it without counting adoptions.
/// </summary>
public sealed record RootingSummary(RootingStatus Status, int Organisations, DateTime? ConfirmedAt)
{
    public static readonly RootingSummary None = new(RootingStatus.Unknown, 0, null);

    public static RootingSummary Of(IEnumerable<(AdoptionStatus Status, DateTime ConfirmedAt)> adoptions)
    {
        var list = adoptions.ToList();
        foreach (var (status, rooting) in new[] { (AdoptionStatus.InUse, RootingStatus.InUse), (AdoptionStatus.TryingOut, RootingStatus.TryingOut), (AdoptionStatus.Stopped, RootingStatus.Stopped) })
        {
            var counted = list.Where(a => a.Status == status).ToList();
            if (counted.Count > 0) return new(rooting, counted.Count, counted.Max(a => a.ConfirmedAt));
        }
        return None;
    }
}
