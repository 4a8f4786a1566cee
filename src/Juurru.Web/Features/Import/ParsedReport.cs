using Juurru.Features.Practices;
using Juurru.Features.Projects;

namespace Juurru.Features.Import;

/// <summary>What a coordination report holds, as read from its text; nothing here touches the database.</summary>
public sealed record ParsedReport(
    string Title,
    IReadOnlyList<ParsedTheme> Themes,
    IReadOnlyList<ParsedPractice> Practices,
    IReadOnlyList<ParsedProject> Projects);

public sealed record ParsedTheme(string Code, string Name, IReadOnlyList<string> Subthemes);

/// <param name="Period">The coordination period the practice was collected in, e.g. "ZOOMI – sujuvia siirtymiä edistämässä 1.5.2019–31.12.2021".</param>
/// <param name="Line">Line number in the report, for messages.</param>
public sealed record ParsedPractice(
    string Title,
    string ProjectLabel,
    PracticeKind Kind,
    string Description,
    string ThemeCode,
    string? Subtheme,
    string? Period,
    int Line);

/// <summary>A project of the appendix: the description tables by theme and the listing with end months, merged later.</summary>
public sealed record ParsedProject(
    string Name,
    string? LeadOrganisation,
    string? Description,
    ProjectScope? Scope,
    IReadOnlyList<string> ThemeCodes,
    DateOnly? EndDate,
    ProjectTable Table,
    int Line);

public enum ProjectTable
{
    /// <summary>"Hankekuvaukset teemoittain": name, lead organisation, description, under a theme.</summary>
    Descriptions,
    /// <summary>"Hankelistaus": name, lead organisation, end month.</summary>
    Listing,
}

/// <summary>The file is not a coordination report of the expected shape.</summary>
public sealed class ReportFormatException(string message) : Exception(message);
