namespace Juurru.Features.OpenData;

/// <summary>
/// A licence a network may give its published texts, as open data. Stored by its SPDX identifier; unknown or missing
/// identifiers read as the default, CC BY 4.0, the licence Finnish public bodies recommend for open data.
/// </summary>
public sealed record OpenLicence(string Id, string Name, string Url)
{
    public static readonly OpenLicence Default = new("CC-BY-4.0", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/");

    public static readonly IReadOnlyList<OpenLicence> All =
    [
        Default,
        new("CC-BY-SA-4.0", "CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
        new("CC0-1.0", "CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    ];

    public static OpenLicence For(string? id) => All.FirstOrDefault(l => l.Id == id) ?? Default;

    public static bool IsKnown(string? id) => All.Any(l => l.Id == id);
}
