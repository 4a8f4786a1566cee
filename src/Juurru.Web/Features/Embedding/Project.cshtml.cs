using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Embedding;

/// <summary>The practices a project documented.</summary>
public sealed class ProjectModel(JuurruDbContext db) : EmbedModel(db)
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var name = await Db.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync(ct);
        if (name is null) return NotFound();
        Name = name;
        MoreUrl = Url.Page("/Projects/Details", new { id, slug = Slugs.Of(name) })!;
        await LoadAsync(new PracticeFilter { Project = id }, ct);
        return Page();
    }
}
