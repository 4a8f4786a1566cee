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

    public void Rename(string name)
    {
        Name = name.Trim();
        NormalizedName = TextKeys.Normalize(Name);
        SortKey = TextKeys.SortKey(Name);
    }
}

public sealed class OrganisationMember
{
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string UserId { get; set; }
}
