using Juurru.Data;
using Juurru.Features.Search;
using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Admin;

/// <summary>The state of the search: which analyzer is in use (Voikko or only the light stemmer) and the index; a rebuild.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class SearchModel(JuurruDbContext db, SearchIndexer indexer, FacetTable table, IStringLocalizer<SharedResource> L) : PageModel
{
    public bool UsesVoikko => indexer.Analyzer.UsesVoikko;
    public string? VoikkoProblem => indexer.Analyzer.Voikko.Problem;
    public string Analyzer => indexer.Analyzer.Signature;
    public string? IndexedWith { get; private set; }
    public int Practices { get; private set; }
    public int Projects { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var store = SearchStore.For(db);
        IndexedWith = await store.GetMetaAsync(db, SearchIndexer.AnalyzerKey, ct);
        Practices = (await table.SnapshotAsync(db, SearchKind.Practice, ct)).Entries.Count;
        Projects = (await table.SnapshotAsync(db, SearchKind.Project, ct)).Entries.Count;
    }

    public async Task<IActionResult> OnPostRebuildAsync(CancellationToken ct)
    {
        var count = await indexer.RebuildAsync(db, ct);
        TempData["Message"] = L.Plural(count, "The search index was rebuilt: {0} document.", "The search index was rebuilt: {0} documents.").Value;
        return RedirectToPage();
    }
}
