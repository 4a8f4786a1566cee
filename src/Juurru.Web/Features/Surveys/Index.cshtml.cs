using Juurru.Data;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Surveys;

/// <summary>The surveys a user manages, and a new survey from a definition file (JSON, as exported from Juurru).</summary>
[Authorize]
public sealed class IndexModel(JuurruDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    public sealed record Row(int Id, string Title, string Owner, SurveyState State, int Submitted);

    public IReadOnlyList<Row> Surveys { get; private set; } = [];
    public IReadOnlyList<(string Value, string Label)> Owners { get; private set; } = [];

    /// <summary>"n:{networkId}" for a network's survey, "p:{projectId}" for a project's.</summary>
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public IFormFile? DefinitionFile { get; set; }
    [BindProperty] public string? NewTitle { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>An empty survey with its title, to build in the builder.</summary>
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var scope = await user.GetScopeAsync(ct);
        var owner = await OwnerAsync(Owner, ct);
        if (owner is null || !new SurveyAccess(owner.Value.NetworkId, owner.Value.ProjectId).Allows(scope, nameof(SurveyOperations.Create)))
            ModelState.AddModelError(nameof(Owner), L["Choose whose survey it is."]);
        if (string.IsNullOrWhiteSpace(NewTitle)) ModelState.AddModelError(nameof(NewTitle), L["The survey needs a title in Finnish."]);
        else if (NewTitle.Length > 300) ModelState.AddModelError(nameof(NewTitle), L["A text can be at most {0} characters long.", 300]);
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow().UtcDateTime;
        var survey = new Survey { NetworkId = owner!.Value.NetworkId, ProjectId = owner.Value.ProjectId, CreatedAt = now, UpdatedAt = now };
        survey.Define(new SurveyDefinition { Title = Shared.LocalizedText.Of(NewTitle!, "", "") });
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Surveys/Building/Build", new { id = survey.Id });
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var scope = await user.GetScopeAsync(ct);
        var owner = await OwnerAsync(Owner, ct);
        if (owner is null || !new SurveyAccess(owner.Value.NetworkId, owner.Value.ProjectId).Allows(scope, nameof(SurveyOperations.Create)))
            ModelState.AddModelError(nameof(Owner), L["Choose whose survey it is."]);
        Uploads.Check(ModelState, L, nameof(DefinitionFile), DefinitionFile, SurveyFormat.MaxBytes, "Choose a survey definition file (JSON).", ".json");
        if (!ModelState.IsValid) return Page();

        using var reader = new StreamReader(DefinitionFile!.OpenReadStream());
        var (definition, errors) = SurveyFormat.Parse(await reader.ReadToEndAsync(ct));
        if (definition is null)
        {
            foreach (var e in errors) ModelState.AddModelError(nameof(DefinitionFile), L[e.Message, e.Args]);
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var survey = new Survey { NetworkId = owner!.Value.NetworkId, ProjectId = owner.Value.ProjectId, CreatedAt = now, UpdatedAt = now };
        survey.Define(definition);
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The survey {0} was created. Set its opening time to take answers.", survey.Title].Value;
        return RedirectToPage("/Surveys/Details", new { id = survey.Id });
    }

    private async Task<(int NetworkId, int? ProjectId)?> OwnerAsync(string? value, CancellationToken ct)
    {
        if (value is null || value.Length < 3 || !int.TryParse(value[2..], out var id)) return null;
        if (value.StartsWith("n:")) return await db.Networks.AnyAsync(n => n.Id == id, ct) ? (id, null) : null;
        if (value.StartsWith("p:")) return await db.Projects.Where(p => p.Id == id).Select(p => (int?)p.NetworkId).SingleOrDefaultAsync(ct) is { } network ? (network, id) : null;
        return null;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await user.GetScopeAsync(ct);
        var networks = scope.CoordinatedNetworkIds.ToList();
        var projects = scope.ProjectIds.ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Surveys.AsNoTracking()
            .Where(s => scope.IsAdministrator || networks.Contains(s.NetworkId) || (s.ProjectId != null && projects.Contains(s.ProjectId.Value)))
            .OrderByDescending(s => s.CreatedAt)
            .Select(s => new { Survey = s, Owner = s.Project != null ? s.Project.Name : s.Network!.Name,
                Submitted = db.SurveyResponses.Count(r => r.SurveyId == s.Id && r.Status == ResponseStatus.Submitted) })
            .ToListAsync(ct);
        Surveys = rows.Select(r => new Row(r.Survey.Id, r.Survey.Title, r.Owner, r.Survey.StateAt(now), r.Submitted)).ToList();
        var ownedNetworks = await db.Networks.Where(n => scope.IsAdministrator || networks.Contains(n.Id)).OrderBy(n => n.SortKey)
            .Select(n => new { n.Id, n.Name }).ToListAsync(ct);
        var ownedProjects = await db.Projects.Where(p => projects.Contains(p.Id) || networks.Contains(p.NetworkId)).OrderBy(p => p.SortKey)
            .Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        Owners = ownedNetworks.Select(n => ($"n:{n.Id}", L["Network: {0}", n.Name].Value))
            .Concat(ownedProjects.Select(p => ($"p:{p.Id}", L["Project: {0}", p.Name].Value))).ToList();
    }
}
