using Juurru.Data;
using Juurru.Features.Networks;
using Juurru.Features.Shared;
using Juurru.Features.Vocabulary;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Practices;

/// <summary>What the practice form offers to choose from, for one network and one user.</summary>
public sealed record PracticeChoices(
    NamedRef Network,
    IReadOnlyList<ThemeOption> Themes,
    IReadOnlyList<Option<int>> Projects,
    IReadOnlyList<Option<int>> Organisations,
    IReadOnlyList<Option<string>> Regions,
    IReadOnlyList<Option<int>> Models);

/// <summary>Turns the practice form into related entities, checking each choice against what the user may link.</summary>
public sealed class PracticeEditor(JuurruDbContext db, CurrentUser currentUser, IStringLocalizer<SharedResource> L)
{
    /// <summary>Networks the user can document a practice in: those they coordinate and those of their projects.</summary>
    public async Task<List<Option<int>>> NetworksForNewPracticeAsync(CancellationToken ct)
    {
        var scope = await currentUser.GetScopeAsync(ct);
        var projectIds = scope.ProjectIds.ToList();
        var networkIds = scope.CoordinatedNetworkIds.ToList();
        return await db.Networks.AsNoTracking()
            .Where(n => scope.IsAdministrator || networkIds.Contains(n.Id) || db.Projects.Any(p => p.NetworkId == n.Id && projectIds.Contains(p.Id)))
            .OrderBy(n => n.SortKey)
            .Select(n => new Option<int>(n.Id, n.Name))
            .ToListAsync(ct);
    }

    public async Task<PracticeChoices?> LoadChoicesAsync(int networkId, IReadOnlyCollection<int> linkedProjectIds, int? practiceId, CancellationToken ct)
    {
        var network = await db.Networks.AsNoTracking().Where(n => n.Id == networkId).Select(n => new NamedRef(n.Id, n.Name, n.Slug)).SingleOrDefaultAsync(ct);
        if (network is null) return null;
        var scope = await currentUser.GetScopeAsync(ct);
        var coordinator = scope.Coordinates(networkId);
        var mine = scope.ProjectIds.ToList();
        var projects = await db.Projects.AsNoTracking()
            .Where(p => linkedProjectIds.Contains(p.Id) || (p.NetworkId == networkId && (coordinator || mine.Contains(p.Id))))
            .OrderBy(p => p.SortKey).Select(p => new Option<int>(p.Id, p.Name)).ToListAsync(ct);
        var themes = await db.Themes.AsNoTracking().Where(t => t.NetworkId == networkId).OrderBy(t => t.SortOrder)
            .Select(t => new ThemeOption(t.Id, t.Code, t.Name, t.ParentId, network.Name)).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.SortKey).Select(o => new Option<int>(o.Id, o.Name)).ToListAsync(ct);
        var culture = Cultures.Current;
        var regions = (await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(ct)).Select(r => new Option<string>(r.Code, r.NameIn(culture))).ToList();
        var models = await db.Practices.AsNoTracking()
            .Where(p => p.NetworkId == networkId && p.Kind == PracticeKind.Model && p.Id != practiceId && p.Status != PracticeStatus.Archived)
            .OrderBy(p => p.SortKey).Select(p => new Option<int>(p.Id, p.Title)).ToListAsync(ct);
        return new PracticeChoices(network, themes, projects, organisations, regions, models);
    }

    /// <summary>
    /// Applies the form to the practice. Returns false, with errors in <paramref name="state"/>, when a choice is not
    /// among those offered; the practice may then be half-changed and must not be saved.
    /// </summary>
    public async Task<bool> ApplyAsync(Practice practice, PracticeForm form, PracticeChoices choices, ModelStateDictionary state, CancellationToken ct)
    {
        const string prefix = "Form";
        form.Validate(state, prefix, L);
        var allowedProjects = choices.Projects.Select(p => p.Value).ToHashSet();
        if (form.ProjectIds.Any(id => !allowedProjects.Contains(id)))
            state.AddModelError($"{prefix}.{nameof(form.ProjectIds)}", L["Choose the projects from the list."]);
        var themeIds = choices.Themes.ToDictionary(t => t.Id);
        if (form.ThemeIds.Any(id => !themeIds.ContainsKey(id)))
            state.AddModelError($"{prefix}.{nameof(form.ThemeIds)}", L["Choose the themes from the list."]);
        if (form.ModelId is { } modelId && choices.Models.All(m => m.Value != modelId))
            state.AddModelError($"{prefix}.{nameof(form.ModelId)}", L["Choose the model from the list."]);
        if (!state.IsValid) return false;

        form.ApplyTextTo(practice);

        var projects = await db.Projects.Where(p => form.ProjectIds.Contains(p.Id)).ToListAsync(ct);
        practice.Projects.SyncWith(projects);
        // A subtheme always brings its theme along.
        var withParents = form.ThemeIds.Concat(form.ThemeIds.Select(id => themeIds[id].ParentId).OfType<int>()).Distinct().ToList();
        practice.Themes.SyncWith(await db.Themes.Where(t => withParents.Contains(t.Id)).ToListAsync(ct));
        practice.Organisations.SyncWith(await db.Organisations.Where(o => form.OrganisationIds.Contains(o.Id)).ToListAsync(ct));
        practice.Regions.SyncWith(await db.Regions.Where(r => form.RegionCodes.Contains(r.Code)).ToListAsync(ct));
        practice.Keywords.SyncWith(await db.KeywordsAsync(PracticeForm.SplitList(form.Keywords), ct));
        practice.TargetGroups.SyncWith(await db.TargetGroupsAsync(PracticeForm.SplitList(form.TargetGroups), ct));
        practice.ApplyModel(form.Kind == PracticeKind.GoodPractice && form.ModelId is { } id
            ? await db.Practices.SingleAsync(p => p.Id == id, ct)
            : null);
        return true;
    }
}
