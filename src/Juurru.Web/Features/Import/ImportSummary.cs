namespace Juurru.Features.Import;

/// <summary>What an import did, for the command's report and for tests.</summary>
public sealed class ImportSummary
{
    public int PracticesCreated { get; set; }
    public int PracticesUpdated { get; set; }
    public int PracticesUnchanged { get; set; }

    /// <summary>Edited in Juurru after the last import; the import leaves them alone.</summary>
    public int PracticesKeptLocalEdits { get; set; }
    public int ProjectsCreated { get; set; }
    public int ProjectsUpdated { get; set; }
    public int OrganisationsCreated { get; set; }
    public int ThemesCreated { get; set; }

    /// <summary>The network imported into.</summary>
    public int NetworkId { get; set; }

    /// <summary>Practices that got keyword proposals to review after the import (none without Voikko).</summary>
    public int PracticesWithKeywordProposals { get; set; }

    /// <summary>Per theme code: practices and projects of the report.</summary>
    public SortedDictionary<string, (string Name, int Practices, int Projects)> PerTheme { get; } = new(StringComparer.Ordinal);

    /// <summary>Project names of practices that matched no project of the appendix; a project was created for each.</summary>
    public SortedSet<string> UnmatchedProjectNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Names in the description tables that matched no row of the listing (so they have no end month).</summary>
    public SortedSet<string> ProjectsWithoutListing { get; } = new(StringComparer.Ordinal);

    /// <summary>Practice label → project name, for every label that was not written exactly as the project's name.</summary>
    public SortedDictionary<string, string> Reconciled { get; } = new(StringComparer.Ordinal);

    public bool ChangedAnything => PracticesCreated + PracticesUpdated + ProjectsCreated + ProjectsUpdated + OrganisationsCreated + ThemesCreated > 0;
}
