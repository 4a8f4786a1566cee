using System.Text.RegularExpressions;

namespace Juurru.Features.Organisations;

/// <summary>Validates the Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit.</summary>
public static partial class BusinessId
{
    [GeneratedRegex(@"^\d{7}-\d$")]
    private static partial Regex Shape();

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2];

    public static bool IsValid(string? value)
    {
        if (value is null || !Shape().IsMatch(value)) return false;
        var sum = 0;
        for (var i = 0; i < 7; i++) sum += (value[i] - '0') * Weights[i];
        var remainder = sum % 11;
        if (remainder == 1) return false; // such numbers are never issued
        var check = remainder == 0 ? 0 : 11 - remainder;
        return value[8] - '0' == check;
    }
}
