using Juurru.Data;
using Juurru.Features.Networks;
using Juurru.Features.Organisations;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Admin;

/// <summary>An administrator sets a user's rights: administrator, coordinator of networks, member of organisations and projects.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class UserModel(JuurruDbContext db, UserManager<User> users, CurrentUser current, IStringLocalizer<SharedResource> L) : PageModel
{
    public User Account { get; private set; } = null!;
    public IReadOnlyList<Option<int>> AllNetworks { get; private set; } = [];
    public IReadOnlyList<Option<int>> AllOrganisations { get; private set; } = [];
    public IReadOnlyList<Option<int>> AllProjects { get; private set; } = [];
    public bool IsLocked { get; private set; }

    [BindProperty] public RightsForm Form { get; set; } = new();

    public sealed class RightsForm
    {
        public bool Administrator { get; set; }
        public List<int> NetworkIds { get; set; } = [];
        public List<int> OrganisationIds { get; set; } = [];
        public List<int> ProjectIds { get; set; } = [];
    }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        Form = new RightsForm
        {
            Administrator = await users.IsInRoleAsync(user, Roles.Administrator),
            NetworkIds = await db.NetworkCoordinators.Where(c => c.UserId == id).Select(c => c.NetworkId).ToListAsync(ct),
            OrganisationIds = await db.OrganisationMembers.Where(c => c.UserId == id).Select(c => c.OrganisationId).ToListAsync(ct),
            ProjectIds = await db.ProjectMembers.Where(c => c.UserId == id).Select(c => c.ProjectId).ToListAsync(ct),
        };
        return await ShowAsync(user, ct);
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        if (id == current.Id && !Form.Administrator)
        {
            ModelState.AddModelError("Form.Administrator", L["You cannot remove your own administrator rights."]);
            return await ShowAsync(user, ct);
        }
        var networks = await db.Networks.Where(n => Form.NetworkIds.Contains(n.Id)).Select(n => n.Id).ToListAsync(ct);
        var organisations = await db.Organisations.Where(o => Form.OrganisationIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        var projects = await db.Projects.Where(p => Form.ProjectIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);

        // One transaction: the role and the three memberships change together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var isAdmin = await users.IsInRoleAsync(user, Roles.Administrator);
        if (Form.Administrator && !isAdmin) await users.AddToRoleAsync(user, Roles.Administrator);
        if (!Form.Administrator && isAdmin) await users.RemoveFromRoleAsync(user, Roles.Administrator);
        await db.NetworkCoordinators.Where(c => c.UserId == id && !networks.Contains(c.NetworkId)).ExecuteDeleteAsync(ct);
        await db.OrganisationMembers.Where(c => c.UserId == id && !organisations.Contains(c.OrganisationId)).ExecuteDeleteAsync(ct);
        await db.ProjectMembers.Where(c => c.UserId == id && !projects.Contains(c.ProjectId)).ExecuteDeleteAsync(ct);
        var hasNetworks = await db.NetworkCoordinators.Where(c => c.UserId == id).Select(c => c.NetworkId).ToListAsync(ct);
        var hasOrganisations = await db.OrganisationMembers.Where(c => c.UserId == id).Select(c => c.OrganisationId).ToListAsync(ct);
        var hasProjects = await db.ProjectMembers.Where(c => c.UserId == id).Select(c => c.ProjectId).ToListAsync(ct);
        db.NetworkCoordinators.AddRange(networks.Except(hasNetworks).Select(n => new NetworkCoordinator { NetworkId = n, UserId = id }));
        db.OrganisationMembers.AddRange(organisations.Except(hasOrganisations).Select(o => new OrganisationMember { OrganisationId = o, UserId = id }));
        db.ProjectMembers.AddRange(projects.Except(hasProjects).Select(p => new ProjectMember { ProjectId = p, UserId = id }));
        await db.SaveChangesAsync(ct);
        // The role lives in the cookie: a new stamp ends the user's sessions at their next request (SessionValidation).
        // Memberships are read on every request (UserScope), so they take effect without that.
        if (Form.Administrator != isAdmin) await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(ct);
        TempData["Message"] = L["The rights of {0} were saved.", user.Email ?? ""].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostLockAsync(string id, bool locked)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        if (id == current.Id) return BadRequest();
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.UpdateSecurityStampAsync(user);
        TempData["Message"] = (locked ? L["The account {0} was locked.", user.Email ?? ""] : L["The account {0} was unlocked.", user.Email ?? ""]).Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ShowAsync(User user, CancellationToken ct)
    {
        Account = user;
        IsLocked = user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow;
        AllNetworks = await db.Networks.AsNoTracking().OrderBy(n => n.SortKey).Select(n => new Option<int>(n.Id, n.Name)).ToListAsync(ct);
        AllOrganisations = await db.Organisations.AsNoTracking().OrderBy(n => n.SortKey).Select(n => new Option<int>(n.Id, n.Name)).ToListAsync(ct);
        AllProjects = await db.Projects.AsNoTracking().OrderBy(n => n.SortKey).Select(n => new Option<int>(n.Id, n.Name)).ToListAsync(ct);
        return Page();
    }
}
