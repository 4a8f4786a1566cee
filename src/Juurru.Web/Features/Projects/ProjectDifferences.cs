using System.Globalization;
using Juurru.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Projects;

/// <summary>Where two versions of a project card differ, field by field in the form's order, as people read them.</summary>
public static class ProjectDifferences
{
    public static IReadOnlyList<ConflictRow> Between(ProjectForm saved, ProjectForm yours, ProjectChoices choices, IStringLocalizer L)
    {
        var organisations = choices.Organisations.ToDictionary(o => o.Value, o => o.Name);
        string Organisation(int? id) => id is { } i ? organisations.GetValueOrDefault(i, "#" + i) : "";
        string Date(DateOnly? d) => Dates.Day(d) ?? "";
        string Number(decimal? n) => n?.ToString("N0", CultureInfo.CurrentCulture) ?? "";
        (string, Func<ProjectForm, string>)[] fields =
        [
            ("Name", f => f.Name.Trim()),
            ("Acronym", f => f.Acronym?.Trim() ?? ""),
            ("Project code", f => f.Code?.Trim() ?? ""),
            ("Start date", f => Date(f.StartDate)),
            ("End date", f => Date(f.EndDate)),
            ("Funder", f => f.Funder?.Trim() ?? ""),
            ("Funding programme", f => f.FundingProgramme?.Trim() ?? ""),
            ("Funding decision", f => f.DecisionNumber?.Trim() ?? ""),
            ("Grant (€)", f => Number(f.GrantEuros)),
            ("Self-financing (%)", f => f.SelfFinancingPercent?.ToString(CultureInfo.CurrentCulture) ?? ""),
            ("Lead organisation", f => Organisation(f.LeadOrganisationId)),
            ("Partners", f => string.Join("\n", f.Partners.Where(p => p.OrganisationId is not null)
                .Select(p => $"{Organisation(p.OrganisationId)} ({L[p.Role == PartnerRole.CoImplementer ? "co-implementer" : "partner"]})"))),
            ("Main project", f => f.ParentProjectId is { } id ? choices.MainProjects.FirstOrDefault(m => m.Value == id)?.Name ?? "#" + id : ""),
            ("Coordination project", f => f.IsCoordination ? L["Yes"] : L["No"]),
            ("Scope", f => f.Scope switch { ProjectScope.National => L["National"], ProjectScope.Regional => L["Regional"], _ => "" }),
            ("Regions", f => string.Join(", ", choices.Regions.Where(r => f.RegionCodes.Contains(r.Value)).Select(r => r.Name))),
            ("Themes", f => string.Join(", ", choices.Themes.Where(t => f.ThemeIds.Contains(t.Id)).Select(t => t.Label))),
            ("Target groups", f => f.TargetGroups?.Trim() ?? ""),
            ("Description", f => f.Description?.Trim() ?? ""),
            ("Goals", f => f.Goals?.Trim() ?? ""),
            ("Actions", f => f.Actions?.Trim() ?? ""),
            ("Networks and partners", f => f.NetworksAndPartners?.Trim() ?? ""),
            ("Results", f => f.Results?.Trim() ?? ""),
            ("Team", f => f.Team?.Trim() ?? ""),
            ("Contacts", f => string.Join("\n", FormRows.ToContacts(f.Contacts).Select(c =>
                string.Join(", ", new[] { c.Name, c.Role, c.Email, c.Phone }.Where(s => !string.IsNullOrWhiteSpace(s)))))),
            ("Links", f => string.Join("\n", FormRows.ToLinks(f.Links).Select(l => $"{l.Title} <{l.Url}>"))),
        ];
        return ConflictRow.Where(saved, yours, fields);
    }
}
