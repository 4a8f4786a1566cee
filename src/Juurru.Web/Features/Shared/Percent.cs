namespace Juurru.Features.Shared;

/// <summary>Percentages shown to people: rounded half away from zero (62.5 → 63), as published Finnish reports do.</summary>
public static class Percent
{
    /// <summary>The share as a whole percentage, or null when there is nothing to divide by.</summary>
    public static int? Of(decimal part, decimal whole) => whole == 0 ? null : Round(100m * part / whole);

    public static int? Of(int part, int whole) => Of((decimal)part, whole);

    /// <summary>The share with one decimal (for data tables), or 0 when there is nothing to divide by.</summary>
    public static double OneDecimal(int part, int whole) =>
        whole == 0 ? 0 : (double)Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

    public static int Round(decimal percent) => (int)Math.Round(percent, MidpointRounding.AwayFromZero);

    public static int Round(double percent) => (int)Math.Round(percent, MidpointRounding.AwayFromZero);
}
