using System.Diagnostics;
using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Search;

/// <summary>`rebuild-search-index`: rewrites the search index from the content, in one transaction.</summary>
public static class RebuildCommand
{
    public static async Task<int> RunAsync(WebApplication app)
    {
        var L = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        await app.Services.PrepareDatabaseAsync(includeDemoContent: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JuurruDbContext>();
        var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();
        var clock = Stopwatch.StartNew();
        var count = await indexer.RebuildAsync(db, CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(L.Plural(count, "Search index rebuilt: {0} document in {1:0.0} s ({2:0} per second), analyzer {3}.",
            "Search index rebuilt: {0} documents in {1:0.0} s ({2:0} per second), analyzer {3}.",
            seconds, count / Math.Max(seconds, 0.001), indexer.Analyzer.Signature));
        return 0;
    }
}
