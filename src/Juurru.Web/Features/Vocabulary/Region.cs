namespace Juurru.Features.Vocabulary;

/// <summary>A Finnish region (maakunta). Reference data, seeded on start.</summary>
public sealed class Region
{
    public int Id { get; set; }

    /// <summary>Statistics Finland's code, e.g. "MK01".</summary>
    public required string Code { get; set; }
    public required string NameFi { get; set; }
    public required string NameSv { get; set; }
    public required string NameEn { get; set; }

    public string NameIn(string culture) => culture switch
    {
        "sv" => NameSv,
        "en" => NameEn,
        _ => NameFi,
    };
}
