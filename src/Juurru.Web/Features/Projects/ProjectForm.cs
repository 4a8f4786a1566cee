using System.ComponentModel.DataAnnotations;
using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Shared;
using Juurru.Features.Vocabulary;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Projects;

/// <summary>The project card as a form.</summary>
public sealed class ProjectForm
{
    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(300, ErrorMessage = "The name can be at most {1} characters long.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(40, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Acronym")]
    public string? Acronym { get; set; }

    [StringLength(40, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Project code")]
    public string? Code { get; set; }

    [Display(Name = "Start date")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "End date")]
    public DateOnly? EndDate { get; set; }

    [StringLength(200, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Funder")]
    public string? Funder { get; set; }

    [StringLength(300, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Funding programme")]
    public string? FundingProgramme { get; set; }

    [StringLength(100, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Funding decision")]
    public string? DecisionNumber { get; set; }

    [Range(typeof(decimal), "0", "1000000000", ParseLimitsInInvariantCulture = true, ErrorMessage = "Give the grant in euros, at least {1}.")]
    [Display(Name = "Grant (€)")]
    public decimal? GrantEuros { get; set; }

    [Range(typeof(decimal), "0", "100", ParseLimitsInInvariantCulture = true, ErrorMessage = "Give a percentage between {1} and {2}.")]
    [Display(Name = "Self-financing (%)")]
    public decimal? SelfFinancingPercent { get; set; }

    [Display(Name = "Lead organisation")]
    public int? LeadOrganisationId { get; set; }

    public List<PartnerInput> Partners { get; set; } = [];

    [Display(Name = "Main project")]
    public int? ParentProjectId { get; set; }

    [Display(Name = "Coordination project")]
    public bool IsCoordination { get; set; }

    [Display(Name = "Scope")]
    public ProjectScope? Scope { get; set; }

    public List<string> RegionCodes { get; set; } = [];
    public List<int> ThemeIds { get; set; } = [];

    [StringLength(1_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Target groups")]
    public string? TargetGroups { get; set; }

    [StringLength(20_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    [StringLength(20_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Goals")]
    public string? Goals { get; set; }

    [StringLength(20_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Actions")]
    public string? Actions { get; set; }

    [StringLength(20_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Networks and partners")]
    public string? NetworksAndPartners { get; set; }

    [StringLength(20_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Results")]
    public string? Results { get; set; }

    [StringLength(4_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Team")]
    public string? Team { get; set; }

    public List<ContactInput> Contacts { get; set; } = [];
    public List<LinkInput> Links { get; set; } = [];

    /// <summary>The card's content when the form was opened (<see cref="Fingerprint"/>): a save over someone else's newer save is stopped.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Opened { get; set; }

    /// <summary>Identifies the content this form holds; lists are in a fixed order so that the same card always gives the same value.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Fingerprint => ContentFingerprint.Of(System.Text.Json.JsonSerializer.Serialize(this));

    public static ProjectForm From(Project p) => WithOpened(new()
    {
        Name = p.Name, Acronym = p.Acronym, Code = p.Code, StartDate = p.StartDate, EndDate = p.EndDate, Funder = p.Funder,
        FundingProgramme = p.FundingProgramme, DecisionNumber = p.DecisionNumber, GrantEuros = p.GrantEuros,
        SelfFinancingPercent = p.SelfFinancingPercent, LeadOrganisationId = p.LeadOrganisationId,
        Partners = p.Partners.OrderBy(x => x.OrganisationId).Select(x => new PartnerInput { OrganisationId = x.OrganisationId, Role = x.Role }).ToList(),
        ParentProjectId = p.ParentProjectId, IsCoordination = p.IsCoordination, Scope = p.Scope,
        RegionCodes = p.Regions.Select(r => r.Code).Order(StringComparer.Ordinal).ToList(), ThemeIds = p.Themes.Select(t => t.Id).Order().ToList(),
        TargetGroups = string.Join(", ", p.TargetGroups.Select(t => t.Name).Order(StringComparer.Ordinal)),
        Description = p.Description, Goals = p.Goals, Actions = p.Actions, NetworksAndPartners = p.NetworksAndPartners,
        Results = p.Results, Team = p.Team, Contacts = FormRows.From(p.Contacts), Links = FormRows.From(p.Links),
    });

    private static ProjectForm WithOpened(ProjectForm form)
    {
        form.Opened = form.Fingerprint;
        return form;
    }

    public void AddBlankRows()
    {
        FormRows.AddBlankRows(Contacts, Links);
        while (Partners.Count < 2 || Partners[^1].OrganisationId is not null) Partners.Add(new PartnerInput());
    }
}

public sealed class PartnerInput
{
    public int? OrganisationId { get; set; }
    public PartnerRole Role { get; set; } = PartnerRole.CoImplementer;
}

/// <summary>What the project form offers to choose from.</summary>
public sealed record ProjectChoices(
    NamedRef Network,
    IReadOnlyList<Option<int>> Organisations,
    IReadOnlyList<Option<int>> MainProjects,
    IReadOnlyList<ThemeOption> Themes,
    IReadOnlyList<Option<string>> Regions);

public sealed class ProjectEditor(JuurruDbContext db, IStringLocalizer<Localization.SharedResource> L)
{
    public async Task<ProjectChoices?> LoadChoicesAsync(int networkId, int? projectId, CancellationToken ct)
    {
        var network = await db.Networks.AsNoTracking().Where(n => n.Id == networkId).Select(n => new NamedRef(n.Id, n.Name, n.Slug)).SingleOrDefaultAsync(ct);
        if (network is null) return null;
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.SortKey).Select(o => new Option<int>(o.Id, o.Name)).ToListAsync(ct);
        // One level: a main project is not itself a sub-project.
        var mains = await db.Projects.AsNoTracking()
            .Where(p => p.NetworkId == networkId && p.Id != projectId && p.ParentProjectId == null)
            .OrderBy(p => p.SortKey).Select(p => new Option<int>(p.Id, p.Name)).ToListAsync(ct);
        var themes = await db.Themes.AsNoTracking().Where(t => t.NetworkId == networkId).OrderBy(t => t.SortOrder)
            .Select(t => new ThemeOption(t.Id, t.Code, t.Name, t.ParentId, network.Name)).ToListAsync(ct);
        var culture = Localization.Cultures.Current;
        var regions = (await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(ct)).Select(r => new Option<string>(r.Code, r.NameIn(culture))).ToList();
        return new ProjectChoices(network, organisations, mains, themes, regions);
    }

    public async Task<bool> ApplyAsync(Project project, ProjectForm form, ProjectChoices choices, ModelStateDictionary state, CancellationToken ct)
    {
        const string prefix = "Form";
        if (form.StartDate is { } s && form.EndDate is { } e && e < s)
            state.AddModelError($"{prefix}.{nameof(form.EndDate)}", L["The end date cannot be before the start date."]);
        var organisations = choices.Organisations.Select(o => o.Value).ToHashSet();
        if (form.LeadOrganisationId is { } lead && !organisations.Contains(lead))
            state.AddModelError($"{prefix}.{nameof(form.LeadOrganisationId)}", L["Choose the organisation from the list."]);
        var partners = form.Partners.Where(x => x.OrganisationId is not null).ToList();
        if (partners.Any(x => !organisations.Contains(x.OrganisationId!.Value)))
            state.AddModelError($"{prefix}.Partners", L["Choose the organisation from the list."]);
        if (partners.Any(x => x.OrganisationId == form.LeadOrganisationId) || partners.DistinctBy(x => x.OrganisationId).Count() != partners.Count)
            state.AddModelError($"{prefix}.Partners", L["Each organisation can be listed once, and the lead organisation not as a partner."]);
        if (form.ParentProjectId is { } parent && choices.MainProjects.All(m => m.Value != parent))
            state.AddModelError($"{prefix}.{nameof(form.ParentProjectId)}", L["Choose the main project from the list."]);
        if (form.ThemeIds.Any(id => choices.Themes.All(t => t.Id != id)))
            state.AddModelError($"{prefix}.{nameof(form.ThemeIds)}", L["Choose the themes from the list."]);
        FormRows.Validate(form.Contacts, form.Links, state, prefix, L);
        if (!state.IsValid) return false;

        if (project.Name != form.Name.Trim()) project.Rename(form.Name);
        project.Acronym = FormRows.Blank(form.Acronym);
        project.Code = FormRows.Blank(form.Code);
        project.StartDate = form.StartDate;
        project.EndDate = form.EndDate;
        project.Funder = FormRows.Blank(form.Funder);
        project.FundingProgramme = FormRows.Blank(form.FundingProgramme);
        project.DecisionNumber = FormRows.Blank(form.DecisionNumber);
        project.GrantEuros = form.GrantEuros;
        project.SelfFinancingPercent = form.SelfFinancingPercent;
        project.LeadOrganisationId = form.LeadOrganisationId;
        project.ParentProjectId = form.ParentProjectId;
        project.IsCoordination = form.IsCoordination;
        project.Scope = form.Scope;
        project.Description = form.Description?.Trim() ?? "";
        project.Goals = form.Goals?.Trim() ?? "";
        project.Actions = form.Actions?.Trim() ?? "";
        project.NetworksAndPartners = form.NetworksAndPartners?.Trim() ?? "";
        project.Results = form.Results?.Trim() ?? "";
        project.Team = form.Team?.Trim() ?? "";
        project.Contacts = FormRows.ToContacts(form.Contacts);
        project.Links = FormRows.ToLinks(form.Links);

        project.Partners.RemoveAll(x => partners.All(p => p.OrganisationId != x.OrganisationId));
        foreach (var p in partners)
        {
            var existing = project.Partners.FirstOrDefault(x => x.OrganisationId == p.OrganisationId);
            if (existing is null) project.Partners.Add(new ProjectPartner { OrganisationId = p.OrganisationId!.Value, Role = p.Role });
            else existing.Role = p.Role;
        }
        project.Regions.SyncWith(await db.Regions.Where(r => form.RegionCodes.Contains(r.Code)).ToListAsync(ct));
        project.Themes.SyncWith(await db.Themes.Where(t => form.ThemeIds.Contains(t.Id)).ToListAsync(ct));
        project.TargetGroups.SyncWith(await db.TargetGroupsAsync(PracticeForm.SplitList(form.TargetGroups), ct));
        return true;
    }
}
