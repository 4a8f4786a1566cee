using Juurru.Data;

namespace Juurru.Features.Networks;

/// <summary>
/// A theme or a subtheme of a network's theme tree (two levels: theme → subthemes).
/// A practice linked to a subtheme is always linked to its theme too.
/// </summary>
public sealed class Theme : Data.IVersioned
{
    /// <summary>Concurrency token: see <see cref="Data.IVersioned"/>.</summary>
    public int Version { get; set; }

    public int Id { get; set; }
    public int NetworkId { get; set; }
    public Network? Network { get; set; }
    public int? ParentId { get; set; }
    public Theme? Parent { get; set; }
    public List<Theme> Children { get; set; } = [];

    /// <summary>Short code shown before the name, e.g. "A" or "A2"; unique within the network.</summary>
    public string Code { get; set; } = "";
    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public string Description { get; set; } = "";
    public int SortOrder { get; set; }

    public bool IsSubtheme => ParentId is not null;
    public string Label => LabelOf(Code, Name);

    /// <summary>"2.1. Name", or the name alone for a theme without a code.</summary>
    public static string LabelOf(string? code, string name) => string.IsNullOrEmpty(code) ? name : $"{code}. {name}";

    public void Rename(string name)
    {
        Name = name.Trim();
        NormalizedName = TextKeys.Normalize(Name);
    }
}
