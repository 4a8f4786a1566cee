using System.ComponentModel.DataAnnotations;
using Juurru.Data;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Networks;

/// <summary>Administrators add networks; a network's coordinators keep its name, description and website.</summary>
[Authorize]
public sealed class EditModel(JuurruDbContext db, IAuthorizationService auth, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty] public NetworkForm Form { get; set; } = new();
    public string? Slug { get; private set; }

    public sealed class NetworkForm
    {
        [Required(ErrorMessage = "Enter a name.")]
        [StringLength(200, ErrorMessage = "The name can be at most {1} characters long.")]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [StringLength(60, ErrorMessage = "A text can be at most {1} characters long.")]
        [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "The short name has lower-case letters a–z, digits and hyphens, e.g. sujuvat-siirtymat.")]
        [Display(Name = "Short name in addresses")]
        public string? Slug { get; set; }

        [StringLength(20_000, ErrorMessage = "A text can be at most {1} characters long.")]
        [Display(Name = "Description")]
        public string? Description { get; set; }

        [StringLength(500, ErrorMessage = "A text can be at most {1} characters long.")]
        [Display(Name = "Website")]
        public string? Website { get; set; }

        [Display(Name = "Licence of the published texts")]
        public string Licence { get; set; } = OpenData.OpenLicence.Default.Id;
    }

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        var (network, refused) = await LoadAsync(slug, ct);
        if (refused is not null) return refused;
        if (network is not null) Form = new NetworkForm { Name = network.Name, Slug = network.Slug, Description = network.Description, Website = network.Website, Licence = network.Licence };
        Slug = slug;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? slug, CancellationToken ct)
    {
        var (network, refused) = await LoadAsync(slug, ct);
        if (refused is not null) return refused;
        Slug = slug;
        var website = Shared.FormRows.Blank(Form.Website);
        if (website is not null && !Shared.FormRows.IsWebAddress(website))
            ModelState.AddModelError("Form.Website", L["Give a web address that starts with https:// or http://."]);
        if (!OpenData.OpenLicence.IsKnown(Form.Licence)) ModelState.AddModelError("Form.Licence", L["Choose one of the licences."]);
        if (network is null)
        {
            // The short name is part of every shared address of the network, so it is chosen once, at creation.
            if (string.IsNullOrWhiteSpace(Form.Slug)) ModelState.AddModelError("Form.Slug", L["Give a short name for addresses."]);
            // "new" is the address of this very page.
            else if (Form.Slug == "new" || await db.Networks.AnyAsync(n => n.Slug == Form.Slug, ct))
                ModelState.AddModelError("Form.Slug", L["Another network already has this short name."]);
        }
        if (!ModelState.IsValid) return Page();

        if (network is null)
        {
            network = new Network { Slug = Form.Slug! };
            db.Networks.Add(network);
        }
        network.Rename(Form.Name);
        network.Description = Form.Description?.Trim() ?? "";
        network.Website = website;
        network.Licence = Form.Licence;
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The network was saved."].Value;
        return RedirectToPage("/Networks/Details", new { slug = network.Slug });
    }

    private async Task<(Network?, IActionResult?)> LoadAsync(string? slug, CancellationToken ct)
    {
        if (slug is null)
            return User.IsInRole(Roles.Administrator) ? (null, null) : (null, Forbid());
        var network = await db.Networks.SingleOrDefaultAsync(n => n.Slug == slug, ct);
        if (network is null) return (null, NotFound());
        var allowed = await auth.AuthorizeAsync(User, new NetworkAccess(network.Id), NetworkOperations.Edit);
        return allowed.Succeeded ? (network, null) : (null, Forbid());
    }
}
