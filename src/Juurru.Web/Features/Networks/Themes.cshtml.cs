using System.ComponentModel.DataAnnotations;
using Juurru.Data;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Networks;

/// <summary>Coordinators keep their network's theme tree: add, rename, reorder and remove unused themes.</summary>
[Authorize]
public sealed class ThemesModel(JuurruDbContext db, IAuthorizationService auth, IStringLocalizer<SharedResource> L) : PageModel
{
    public Network Network { get; private set; } = null!;
    public IReadOnlyList<(Theme Theme, int Uses)> Themes { get; private set; } = [];

    [BindProperty] public ThemeInput Input { get; set; } = new();

    public sealed class ThemeInput
    {
        public int? Id { get; set; }

        [Required(ErrorMessage = "Enter a name.")]
        [StringLength(200, ErrorMessage = "The name can be at most {1} characters long.")]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [StringLength(10, ErrorMessage = "The code can be at most {1} characters long.")]
        [RegularExpression(@"^[A-Za-z0-9]*$", ErrorMessage = "The code has only letters and digits, e.g. A or A2.")]
        [Display(Name = "Code")]
        public string? Code { get; set; }

        [Display(Name = "Main theme")]
        public int? ParentId { get; set; }

        [Range(0, 10_000, ErrorMessage = "Give a number between {1} and {2}.")]
        [Display(Name = "Order")]
        public int? SortOrder { get; set; }

        [StringLength(20_000, ErrorMessage = "A text can be at most {1} characters long.")]
        [Display(Name = "Description")]
        public string? Description { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) =>
        await LoadAsync(slug, ct) ?? await ShowAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } refused) return refused;
        var themes = await db.Themes.Where(t => t.NetworkId == Network.Id).ToListAsync(ct);
        var theme = Input.Id is { } id ? themes.SingleOrDefault(t => t.Id == id) : null;
        if (Input.Id is not null && theme is null) return NotFound();
        var parent = Input.ParentId is { } pid ? themes.SingleOrDefault(t => t.Id == pid && t.ParentId == null) : null;
        if (Input.ParentId is not null && parent is null) ModelState.AddModelError("Input.ParentId", L["Choose the main theme from the list."]);
        if (theme is not null && Input.ParentId == theme.Id)
            ModelState.AddModelError("Input.ParentId", L["A theme cannot be its own main theme."]);
        else if (theme is not null && Input.ParentId is not null && themes.Any(t => t.ParentId == theme.Id))
            ModelState.AddModelError("Input.ParentId", L["A theme with subthemes cannot become a subtheme."]);
        var code = string.IsNullOrWhiteSpace(Input.Code) ? NextCode(themes, parent) : Input.Code.Trim().ToUpperInvariant();
        if (themes.Any(t => t.Code == code && t.Id != theme?.Id))
            ModelState.AddModelError("Input.Code", L["Another theme of the network already has the code {0}.", code]);
        if (!ModelState.IsValid) return await ShowAsync(ct);

        if (theme is null)
        {
            theme = new Theme { NetworkId = Network.Id };
            db.Themes.Add(theme);
        }
        theme.Rename(Input.Name);
        theme.Code = code;
        theme.ParentId = parent?.Id;
        theme.Description = Input.Description?.Trim() ?? "";
        theme.SortOrder = Input.SortOrder ?? (themes.Count == 0 ? 0 : themes.Max(t => t.SortOrder) + 1);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The theme {0} was saved.", theme.Label].Value;
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostDeleteAsync(string slug, int id, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } refused) return refused;
        var theme = await db.Themes.SingleOrDefaultAsync(t => t.Id == id && t.NetworkId == Network.Id, ct);
        if (theme is null) return NotFound();
        if (await UsesAsync(id, ct) > 0 || await db.Themes.AnyAsync(t => t.ParentId == id, ct))
        {
            TempData["Error"] = L["The theme is in use or has subthemes, so it cannot be removed."].Value;
            return RedirectToPage(new { slug });
        }
        db.Themes.Remove(theme);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The theme {0} was removed.", theme.Label].Value;
        return RedirectToPage(new { slug });
    }

    private static string NextCode(List<Theme> themes, Theme? parent)
    {
        if (parent is not null)
        {
            var n = themes.Count(t => t.ParentId == parent.Id) + 1;
            while (themes.Any(t => t.Code == parent.Code + n)) n++;
            return parent.Code + n;
        }
        var letter = 'A';
        while (themes.Any(t => t.Code == letter.ToString())) letter++;
        return letter.ToString();
    }

    private Task<int> UsesAsync(int themeId, CancellationToken ct) =>
        db.Practices.CountAsync(p => p.Themes.Any(t => t.Id == themeId), ct);

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken ct)
    {
        var network = await db.Networks.AsNoTracking().SingleOrDefaultAsync(n => n.Slug == slug, ct);
        if (network is null) return NotFound();
        Network = network;
        var allowed = await auth.AuthorizeAsync(User, new NetworkAccess(network.Id), NetworkOperations.ManageThemes);
        return allowed.Succeeded ? null : Forbid();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var themes = await db.Themes.AsNoTracking().Where(t => t.NetworkId == Network.Id).OrderBy(t => t.SortOrder).ToListAsync(ct);
        var uses = await db.Themes.Where(t => t.NetworkId == Network.Id)
            .Select(t => new { t.Id, Count = db.Practices.Count(p => p.Themes.Any(x => x.Id == t.Id)) })
            .ToDictionaryAsync(x => x.Id, x => x.Count, ct);
        // Themes first, each followed by its subthemes.
        Themes = themes.Where(t => t.ParentId is null)
            .SelectMany(t => themes.Where(s => s.ParentId == t.Id).Prepend(t))
            .Select(t => (t, uses.GetValueOrDefault(t.Id)))
            .ToList();
        return Page();
    }
}
