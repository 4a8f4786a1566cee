using System.Globalization;

namespace Juurru.Features.Rooting.Indicators;

/// <summary>
/// Reading, checking and showing the values of an indicator's kind. People type numbers as they write them: "1 250",
/// "62,5", "62.5 %", "1 200,50 €"; yes/no as "kyllä"/"ei", "ja"/"nej", "yes"/"no" or 1/0.
/// </summary>
public static class IndicatorValues
{
    public const decimal Largest = 1_000_000_000_000m;

    /// <summary>What is wrong with a value of the kind (an English message key), or null.</summary>
    public static string? Check(IndicatorKind kind, decimal value) => kind switch
    {
        _ when value < 0 => "The value cannot be negative.",
        _ when value > Largest => "The value is too large.",
        IndicatorKind.Count when value != decimal.Truncate(value) => "A count is a whole number.",
        IndicatorKind.Percentage when value > 100 => "A percentage is between 0 and 100.",
        IndicatorKind.Percentage when decimal.Round(value, 1) != value => "Give a percentage with at most one decimal.",
        IndicatorKind.YesNo when value is not (0 or 1) => "Answer yes or no.",
        IndicatorKind.Euro when decimal.Round(value, 2) != value => "Give euros with at most two decimals (cents).",
        _ => null,
    };

    /// <summary>Reads a typed value of the kind; on failure the English message key says why.</summary>
    public static bool TryParse(IndicatorKind kind, string? text, out decimal value, out string? problem)
    {
        value = 0;
        problem = null;
        var t = (text ?? "").Trim();
        if (t.Length == 0)
        {
            problem = "A value is required.";
            return false;
        }
        if (kind == IndicatorKind.YesNo)
        {
            switch (t.ToLowerInvariant())
            {
                case "1" or "yes" or "kyllä" or "ja" or "true": value = 1; return true;
                case "0" or "no" or "ei" or "nej" or "false": value = 0; return true;
                default: problem = "Answer yes or no."; return false;
            }
        }
        // Spaces (also no-break ones) group thousands; a trailing % or € belongs to the kind, not the number.
        var digits = new string(t.Where(c => !char.IsWhiteSpace(c) && c != '\u00a0' && c != '\u202f').ToArray()).TrimEnd('%', '€');
        if (digits.Count(c => c is ',' or '.') > 1 || !decimal.TryParse(digits.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out value))
        {
            problem = kind == IndicatorKind.Count ? "A count is a whole number." : "Give a number, e.g. 62,5.";
            return false;
        }
        problem = Check(kind, value);
        return problem is null;
    }

    /// <summary>A value as people read it in the current culture: "1 250", "62,5 %", "1 200,50 €", "kyllä".</summary>
    public static string Format(IndicatorKind kind, decimal? value, Func<string, string> localize)
    {
        if (value is not { } v) return "–";
        var culture = CultureInfo.CurrentCulture;
        return kind switch
        {
            IndicatorKind.Percentage => v.ToString("0.#", culture) + " %",
            IndicatorKind.YesNo => localize(v == 1 ? "yes" : "no"),
            IndicatorKind.Euro => v.ToString(v == decimal.Truncate(v) ? "#,0" : "#,0.00", culture) + " €",
            _ => v.ToString("#,0", culture),
        };
    }

    /// <summary>The value for a form field: no grouping, the culture's decimal separator.</summary>
    public static string Input(IndicatorKind kind, decimal? value) => value is not { } v ? ""
        : kind == IndicatorKind.YesNo ? (v == 1 ? "1" : "0")
        : v.ToString(kind == IndicatorKind.Euro && v != decimal.Truncate(v) ? "0.00" : "0.##", CultureInfo.CurrentCulture);

    /// <summary>Culture-free text for the history and exports.</summary>
    public static string Invariant(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    public static string Invariant(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
