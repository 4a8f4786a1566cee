using System.Diagnostics;
using Juurru.Data;
using Juurru.Features.Rooting.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace Juurru.RootingBench;

/// <summary>
/// Times the rooting dashboard one request at a time after a warm-up: the figures from the API and the whole page with
/// its charts over HTTP (as the public sees them), and the coordinators' figures (with the follow-ups) computed in-process
/// on the same database file.
/// </summary>
public static class Timing
{
    public static async Task<int> RunAsync(string baseUrl, string slug, int repeats, string? database)
    {
        baseUrl = baseUrl.TrimEnd('/');
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        foreach (var (name, url) in new[]
        {
            ("API figures (public)", $"{baseUrl}/api/v1/networks/{slug}/rooting"),
            ("dashboard page (HTML + SVG)", $"{baseUrl}/fi/networks/{slug}/rooting"),
            ("figures as CSV", $"{baseUrl}/fi/networks/{slug}/rooting?handler=Csv"),
        })
        {
            long bytes = 0;
            Report(name, await MeasureAsync(repeats, async () => bytes = (await http.GetByteArrayAsync(url)).Length), $"{bytes / 1024} KiB");
        }
        return database is null ? 0 : await ComputeAsync(database, slug, repeats, publicToo: false);
    }

    /// <summary>The figures computed in-process on the database file, without HTTP: the coordinators' (and the public's).</summary>
    public static async Task<int> ComputeAsync(string database, string slug, int repeats, bool publicToo = true)
    {
        var options = new DbContextOptionsBuilder<SqliteJuurruDbContext>().UseSqlite($"Data Source={database}").Options;
        var facets = new Juurru.Features.Search.FacetTable();
        foreach (var coordinators in publicToo ? new[] { false, true } : [true])
        {
            Report(coordinators ? "coordinators' figures (in-process)" : "public figures (in-process)", await MeasureAsync(repeats, async () =>
            {
                await using var db = new SqliteJuurruDbContext(options);
                _ = await RootingDashboard.ComputeAsync(db, facets, slug, coordinators, DateTime.UtcNow, "fi", default);
            }), "");
        }
        return 0;
    }

    private static async Task<List<double>> MeasureAsync(int repeats, Func<Task> request)
    {
        for (var i = 0; i < 20; i++) await request(); // warm-up: the server compiles its hot paths to optimised code
        var times = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await request();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        times.Sort();
        return times;
    }

    private static void Report(string name, List<double> times, string extra) =>
        Console.WriteLine($"{name,-36} p50 {times[times.Count / 2],6:0} ms, p95 {times[Math.Min(times.Count - 1, (int)(times.Count * 0.95))],6:0} ms, max {times[^1],6:0} ms over {times.Count} {extra}");
}
