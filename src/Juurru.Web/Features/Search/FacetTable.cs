using Juurru.Data;

namespace Juurru.Features.Search;

/// <summary>What the result list needs of an indexed document besides its score: facet values (as ids of <see cref="FacetSnapshot.Tokens"/>) and sort keys.</summary>
public sealed record IndexedEntry(int[] Facets, DateTime SortDate, string SortTitle);

/// <summary>All indexed documents of a kind with their facet values numbered, as loaded at one version of the index.</summary>
public sealed class FacetSnapshot(string version, Dictionary<int, IndexedEntry> entries, List<string> tokens)
{
    private readonly Dictionary<string, int> _ids = tokens.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);

    public string Version { get; } = version;
    public IReadOnlyDictionary<int, IndexedEntry> Entries { get; } = entries;

    /// <summary>Facet values ("t:12", "k:Model" …) by id.</summary>
    public IReadOnlyList<string> Tokens { get; } = tokens;

    /// <summary>For each facet value, the indexes of the filters (given by prefix) it belongs to; theme and subtheme share theirs.</summary>
    public int[][] Owners(string[] prefixes) => _owners.GetOrAdd(string.Join(' ', prefixes), _ =>
        Tokens.Select(t => Enumerable.Range(0, prefixes.Length).Where(f => t.StartsWith(prefixes[f], StringComparison.Ordinal)).ToArray()).ToArray());

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int[][]> _owners = new();

    /// <summary>The id of a facet value, or −1 when no document has it.</summary>
    public int Id(string token) => _ids.GetValueOrDefault(token, -1);

    public static FacetSnapshot Build(string version, IEnumerable<(int EntityId, string Facets, DateTime SortDate, string SortTitle)> rows)
    {
        var tokens = new List<string>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new Dictionary<int, IndexedEntry>();
        foreach (var row in rows)
        {
            var facets = row.Facets.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t =>
            {
                if (ids.TryGetValue(t, out var id)) return id;
                ids[t] = tokens.Count;
                tokens.Add(t);
                return tokens.Count - 1;
            }).ToArray();
            entries[row.EntityId] = new IndexedEntry(facets, row.SortDate, row.SortTitle);
        }
        return new FacetSnapshot(version, entries, tokens);
    }
}

/// <summary>
/// The facet values and sort keys of every indexed document, held in memory so that a search reads only ids and
/// scores from the index. Every index change writes a new version stamp (same transaction); a search that sees
/// another stamp than the one loaded reloads, so instances sharing a database stay correct.
/// </summary>
public sealed class FacetTable
{
    public const string VersionKey = "version";
    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly Dictionary<SearchKind, FacetSnapshot> _snapshots = [];

    public async Task<FacetSnapshot> SnapshotAsync(JuurruDbContext db, SearchKind kind, CancellationToken ct)
    {
        var store = SearchStore.For(db);
        var version = await store.GetMetaAsync(db, VersionKey, ct) ?? "";
        if (Current(kind, version) is { } current) return current;
        await _loading.WaitAsync(ct);
        try
        {
            if (Current(kind, version) is { } loaded) return loaded;
            var snapshot = FacetSnapshot.Build(version, await store.EntriesAsync(db, kind, ct));
            lock (_snapshots) _snapshots[kind] = snapshot;
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    private FacetSnapshot? Current(SearchKind kind, string version)
    {
        lock (_snapshots) return _snapshots.TryGetValue(kind, out var s) && s.Version == version ? s : null;
    }
}
