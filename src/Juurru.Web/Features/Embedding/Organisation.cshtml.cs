using Juurru.Data;
using Juurru.Features.Practices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Embedding;

/// <summary>The practices an organisation took part in or whose project it leads.</summary>
public sealed class OrganisationModel(JuurruDbContext db) : EmbedModel(db)
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var name = await Db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync(ct);
        if (name is null) return NotFound();
        Name = name;
        MoreUrl = Url.Page("/Organisations/Details", new { id })!;
        await LoadAsync(new PracticeFilter { Organisation = id }, ct);
        return Page();
    }
}
