namespace Juurru.Features.Shared;

/// <summary>A short text in the three languages of the UI. Finnish is required; the others fall back to it.</summary>
public sealed class LocalizedText
{
    public string Fi { get; set; } = "";
    public string Sv { get; set; } = "";
    public string En { get; set; } = "";

    public string In(string culture)
    {
        var text = culture switch { "sv" => Sv, "en" => En, _ => Fi };
        return string.IsNullOrWhiteSpace(text) ? Fi : text;
    }

    public static LocalizedText Of(string fi, string sv, string en) => new() { Fi = fi.Trim(), Sv = sv.Trim(), En = en.Trim() };

    public LocalizedText Copy() => Of(Fi, Sv, En);
}
