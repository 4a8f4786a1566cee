using System.Diagnostics;
using System.Text.Json;

namespace Juurru.SearchBench;

/// <summary>
/// Searches a running Juurru over HTTP (GET /api/v1/search, first page of ten) with 1–3 word queries, each drawn
/// from one topic's content words by their frequency (as someone looking for one kind of practice would type), from a number of concurrent clients for a fixed time; reports latency
/// percentiles and queries per second.
/// </summary>
public static class LoadRun
{
    public static async Task<int> RunAsync(string baseUrl, int[] clientCounts, TimeSpan duration, Vocabulary[] topics, int seed, int? serverPid)
    {
        var random = new Random(seed);
        var queries = Enumerable.Range(0, 5_000)
            .Select(_ => topics[random.Next(topics.Length)])
            .Select(topic => string.Join(' ', Enumerable.Range(0, 1 + random.Next(3)).Select(_ => topic.Next(random)).Distinct()))
            .Select(q => $"{baseUrl.TrimEnd('/')}/api/v1/search?pageSize=10&q={Uri.EscapeDataString(q)}")
            .ToArray();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });

        // Warm-up, and what the queries find: the result counts say how hard they are.
        var totals = new List<int>();
        var broad = 0;
        foreach (var url in queries.Take(300))
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync(url));
            totals.Add(doc.RootElement.GetProperty("total").GetInt32());
            if (doc.RootElement.GetProperty("totalIsLowerBound").GetBoolean()) broad++;
        }
        totals.Sort();
        Console.WriteLine($"queries: 1–3 words; results per query over the first 300: median {totals[totals.Count / 2]}, p95 {totals[(int)(totals.Count * 0.95)]}, max {totals[^1]}, zero {totals.Count(t => t == 0)}; {broad} of 300 matched more than the ranked {totals[^1]} (\"over …\")");

        foreach (var clients in clientCounts)
        {
            var latencies = new List<double>[clients];
            var slowest = new System.Collections.Concurrent.ConcurrentBag<(double Ms, string Url)>();
            var errors = 0;
            var stop = Stopwatch.StartNew();
            var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
            {
                var mine = latencies[c] = [];
                var i = c * 997;
                while (stop.Elapsed < duration)
                {
                    var url = queries[i++ % queries.Length];
                    var t = Stopwatch.GetTimestamp();
                    using var response = await http.GetAsync(url);
                    await response.Content.ReadAsByteArrayAsync();
                    var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                    mine.Add(ms);
                    if (ms > 100) slowest.Add((ms, url));
                    if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                }
            })).ToArray();
            await Task.WhenAll(tasks);
            var all = latencies.SelectMany(l => l).Order().ToArray();
            double P(double q) => all[Math.Min(all.Length - 1, (int)(all.Length * q))];
            Console.WriteLine($"{clients,2} clients: {all.Length / stop.Elapsed.TotalSeconds,7:0} queries/s; latency p50 {P(0.50):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms; {all.Length} queries, {errors} errors");
            foreach (var (ms, url) in slowest.OrderByDescending(s => s.Ms).Take(3))
                Console.WriteLine($"    slow: {ms:0} ms {Uri.UnescapeDataString(url[(url.IndexOf("q=", StringComparison.Ordinal) + 2)..])}");
        }
        if (serverPid is { } pid && File.Exists($"/proc/{pid}/status"))
        {
            var status = File.ReadAllLines($"/proc/{pid}/status");
            Console.WriteLine("server memory: " + string.Join(", ", status.Where(l => l.StartsWith("VmHWM") || l.StartsWith("VmRSS")).Select(l => string.Join(' ', l.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)))));
        }
        return 0;
    }
}
