using Juurru.Data;
using Juurru.Features.Search.Analysis;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Search;

/// <summary>
/// Keeps the search index equal to the content: <see cref="ApplyAsync"/> runs inside every SaveChanges that touches
/// indexed content (same transaction), <see cref="RebuildAsync"/> rewrites everything (command rebuild-search-index,
/// and on start-up when the analyzer has changed, e.g. Voikko was installed).
/// </summary>
public sealed class SearchIndexer(TextAnalyzer analyzer, SearchVocabulary vocabulary, ILogger<SearchIndexer> logger)
{
    private const int BatchSize = 500;
    public const string AnalyzerKey = "analyzer";

    public TextAnalyzer Analyzer => analyzer;

    public async Task ApplyAsync(JuurruDbContext db, SearchChanges changes, CancellationToken ct)
    {
        changes.AddSavedIds();
        var practices = changes.Practices;
        var projects = changes.Projects;
        // Practices show their projects' and organisations' names, so renaming those changes practices too.
        if (projects.Count > 0)
            practices.UnionWith(await db.Practices.Where(p => p.Projects.Any(x => projects.Contains(x.Id))).Select(p => p.Id).ToListAsync(ct));
        if (changes.Organisations.Count > 0)
        {
            var orgs = changes.Organisations;
            practices.UnionWith(await db.Practices.Where(p => p.Organisations.Any(o => orgs.Contains(o.Id))
                || p.Projects.Any(x => x.LeadOrganisationId != null && orgs.Contains(x.LeadOrganisationId.Value))).Select(p => p.Id).ToListAsync(ct));
            projects.UnionWith(await db.Projects.Where(x => (x.LeadOrganisationId != null && orgs.Contains(x.LeadOrganisationId.Value))
                || x.Partners.Any(y => orgs.Contains(y.OrganisationId))).Select(x => x.Id).ToListAsync(ct));
        }
        if (changes.Themes.Count > 0)
        {
            var themes = changes.Themes;
            practices.UnionWith(await db.Practices.Where(p => p.Themes.Any(t => themes.Contains(t.Id))).Select(p => p.Id).ToListAsync(ct));
            projects.UnionWith(await db.Projects.Where(x => x.Themes.Any(t => themes.Contains(t.Id))).Select(x => x.Id).ToListAsync(ct));
        }
        if (changes.Keywords.Count > 0)
        {
            var keywords = changes.Keywords;
            practices.UnionWith(await db.Practices.Where(p => p.Keywords.Any(k => keywords.Contains(k.Id))).Select(p => p.Id).ToListAsync(ct));
        }
        if (changes.Networks.Count > 0)
        {
            var networks = changes.Networks;
            practices.UnionWith(await db.Practices.Where(p => networks.Contains(p.NetworkId)).Select(p => p.Id).ToListAsync(ct));
            projects.UnionWith(await db.Projects.Where(x => networks.Contains(x.NetworkId)).Select(x => x.Id).ToListAsync(ct));
        }
        var store = SearchStore.For(db);
        foreach (var batch in practices.Chunk(BatchSize))
            await store.ReplaceAsync(db, SearchKind.Practice, batch, Analyze(db, await SearchDocuments.PracticesAsync(db, batch, ct)), ct);
        foreach (var batch in projects.Chunk(BatchSize))
            await store.ReplaceAsync(db, SearchKind.Project, batch, Analyze(db, await SearchDocuments.ProjectsAsync(db, batch, ct)), ct);
        if (practices.Count > 0 || projects.Count > 0) await store.StampAsync(db, ct);
        vocabulary.Invalidate();
    }

    /// <summary>
    /// Does ahead, outside any transaction, what indexing a large save would otherwise do while it holds the database's
    /// write lock: analyses the words of the text about to be saved (analyses are cached per word) and has the
    /// document queries compiled. An import calls this first, so that its save blocks other writers only briefly.
    /// </summary>
    public async Task PrepareAsync(JuurruDbContext db, string text, string language, CancellationToken ct)
    {
        TextAnalyzer.Words(text).Select(w => w.Word).Distinct().AsParallel().ForAll(word => analyzer.DocumentTerms(word, language));
        await SearchDocuments.PracticesAsync(db, [], ct);
        await SearchDocuments.ProjectsAsync(db, [], ct);
    }

    /// <summary>Rewrites the whole index in one transaction; returns the number of documents.</summary>
    public async Task<int> RebuildAsync(JuurruDbContext db, CancellationToken ct)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var store = SearchStore.For(db);
        await store.ClearAsync(db, ct);
        var count = 0;
        var practiceIds = await db.Practices.Where(p => p.Status == Practices.PracticeStatus.Published).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        foreach (var batch in practiceIds.Chunk(BatchSize))
        {
            var docs = Analyze(db, await SearchDocuments.PracticesAsync(db, batch[0], batch[^1], ct));
            await store.ReplaceAsync(db, SearchKind.Practice, [], docs, ct);
            count += docs.Count;
        }
        var projectIds = await db.Projects.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        foreach (var batch in projectIds.Chunk(BatchSize))
        {
            var docs = Analyze(db, await SearchDocuments.ProjectsAsync(db, batch[0], batch[^1], ct));
            await store.ReplaceAsync(db, SearchKind.Project, [], docs, ct);
            count += docs.Count;
        }
        await store.SetMetaAsync(db, AnalyzerKey, analyzer.Signature, ct);
        await store.StampAsync(db, ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        vocabulary.Invalidate();
        return count;
    }

    /// <summary>Rebuilds when the index was made by another analyzer (or never made).</summary>
    public async Task EnsureCurrentAsync(JuurruDbContext db, CancellationToken ct)
    {
        var built = await SearchStore.For(db).GetMetaAsync(db, AnalyzerKey, ct);
        if (built == analyzer.Signature) return;
        var count = await RebuildAsync(db, ct);
        logger.LogInformation("Search index rebuilt with {Analyzer} (was {Previous}): {Count} documents", analyzer.Signature, built ?? "none", count);
    }

    /// <summary>Analysis is the costly part and is thread-safe, so both cores share it.</summary>
    private List<(SearchDocument Doc, IndexedText Text)> Analyze(JuurruDbContext db, List<SearchDocument> docs)
    {
        var forPostgres = db.Database.IsNpgsql();
        return docs.AsParallel().AsOrdered().Select(d => (d, IndexedText.From(d, analyzer, forPostgres))).ToList();
    }
}
