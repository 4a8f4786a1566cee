using Juurru.Data;
using Juurru.Features.Networks;
using Juurru.Features.Organisations;
using Juurru.Features.Shared;
using Juurru.Features.Vocabulary;

namespace Juurru.Features.Projects;

public enum ProjectScope
{
    National,
    Regional,
}

public enum ProjectStatus
{
    Unknown,
    Planned,
    Ongoing,
    Ended,
}

public enum PartnerRole
{
    /// <summary>osatoteuttaja: carries out part of the project with its own budget.</summary>
    CoImplementer,
    /// <summary>yhteistyökumppani: takes part without a budget share.</summary>
    Partner,
}

/// <summary>A funded development project (hanke) and its card.</summary>
public sealed class Project : Data.IVersioned
{
    /// <summary>Concurrency token: see <see cref="Data.IVersioned"/>.</summary>
    public int Version { get; set; }

    public int Id { get; set; }
    public int NetworkId { get; set; }
    public Network? Network { get; set; }

    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public string SortKey { get; private set; } = "";
    public string? Acronym { get; set; }

    /// <summary>Funder's project code, e.g. S21674.</summary>
    public string? Code { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    public string? Funder { get; set; }
    public string? FundingProgramme { get; set; }
    public string? DecisionNumber { get; set; }
    public decimal? GrantEuros { get; set; }
    public decimal? SelfFinancingPercent { get; set; }

    public int? LeadOrganisationId { get; set; }
    public Organisation? LeadOrganisation { get; set; }
    public List<ProjectPartner> Partners { get; set; } = [];

    /// <summary>Set on a sub-project (osahanke): the main project it belongs to.</summary>
    public int? ParentProjectId { get; set; }
    public Project? ParentProject { get; set; }
    public List<Project> SubProjects { get; set; } = [];
    public bool IsCoordination { get; set; }
    public ProjectScope? Scope { get; set; }
    public List<Region> Regions { get; set; } = [];
    public List<TargetGroup> TargetGroups { get; set; } = [];
    public List<Theme> Themes { get; set; } = [];

    // Long texts of the card, Markdown.
    public string Description { get; set; } = "";
    public string Goals { get; set; } = "";
    public string Actions { get; set; } = "";
    public string NetworksAndPartners { get; set; } = "";
    public string Results { get; set; } = "";
    public string Team { get; set; } = "";
    public List<ContactPerson> Contacts { get; set; } = [];
    public List<WebLink> Links { get; set; } = [];

    public List<ProjectMember> Members { get; set; } = [];
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>Set on projects created by an import, so that a second run finds them again.</summary>
    public string? ImportKey { get; set; }

    public void Rename(string name)
    {
        Name = name.Trim();
        NormalizedName = TextKeys.Normalize(Name);
        SortKey = TextKeys.SortKey(Name);
    }

    /// <summary>Status follows from the dates, never stored.</summary>
    public ProjectStatus StatusOn(DateOnly today) => StatusFor(StartDate, EndDate, today);

    public static ProjectStatus StatusFor(DateOnly? start, DateOnly? end, DateOnly today) =>
        (start, end) switch
        {
            (null, null) => ProjectStatus.Unknown,
            ({ } s, _) when s > today => ProjectStatus.Planned,
            (_, { } e) when e < today => ProjectStatus.Ended,
            _ => ProjectStatus.Ongoing,
        };
}

public sealed class ProjectPartner
{
    public int ProjectId { get; set; }
    public Project? Project { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public PartnerRole Role { get; set; }
}

public sealed class ProjectMember
{
    public int ProjectId { get; set; }
    public Project? Project { get; set; }
    public required string UserId { get; set; }
}
