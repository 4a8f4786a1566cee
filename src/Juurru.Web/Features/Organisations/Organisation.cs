using Juurru.Data;
using Juurru.Features.Vocabulary;

namespace Juurru.Features.Organisations;

public enum OrganisationType
{
    VocationalProvider,
    UniversityOfAppliedSciences,
    University,
    Municipality,
    Association,
    Foundation,
    Company,
    Agency,
}

/// <summary>An organisation that leads or takes part in projects: a school, a city, an association…</summary>
public sealed class Organisation : Data.IVersioned
{
    /// <summary>Concurrency token: see <see cref="Data.IVersioned"/>.</summary>
    public int Version { get; set; }

    public int Id { get; set; }
    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public string SortKey { get; private set; } = "";
    public OrganisationType Type { get; set; }
    public int? RegionId { get; set; }
    public Region? Region { get; set; }

    /// <summary>Finnish business ID (Y-tunnus), e.g. 0201256-6.</summary>
    public string? BusinessId { get; set; }
    public string? Website { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public List<OrganisationMember> Members { get; set; } = [];

    public static Organisation Create(string name, OrganisationType type)
    {
        var o = new Organisation { Type = type };
        o.Rename(name);
        return o;
    }

    /// <summary>
    /// Other names it is known by (an abbreviation, a trade name, another spelling), one per line: shown on its page and
    /// found by the organisation search like the name, and recognised by the next import.
    /// </summary>
    public string OtherNames { get; private set; } = "";
    public string NormalizedOtherNames { get; private set; } = "";

    public IReadOnlyList<string> OtherNameList => SplitOtherNames(OtherNames);

    /// <summary>The other names as stored (one per line) as a list.</summary>
    public static IReadOnlyList<string> SplitOtherNames(string stored) => stored.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <param name="otherNames">Replaces the other names when given; a repeat of the name or of another is dropped.</param>
    public void Rename(string name, IEnumerable<string>? otherNames = null)
    {
        Name = name.Trim();
        NormalizedName = TextKeys.Normalize(Name);
        SortKey = TextKeys.SortKey(Name);
        var others = (otherNames ?? OtherNameList).Select(n => n.Trim()).Where(n => n.Length > 0)
            .DistinctBy(TextKeys.Normalize).Where(n => TextKeys.Normalize(n) != NormalizedName).ToList();
        OtherNames = string.Join("\n", others);
        NormalizedOtherNames = string.Join(" ", others.Select(TextKeys.Normalize));
    }

    public void AddOtherNames(IEnumerable<string> names) => Rename(Name, OtherNameList.Concat(names));
}

public sealed class OrganisationMember
{
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string UserId { get; set; }
}
