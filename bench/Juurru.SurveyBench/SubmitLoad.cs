using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Juurru.Features.Surveys;
using Juurru.Features.Surveys.Answering;

namespace Juurru.SurveyBench;

/// <summary>
/// Answers an open survey over HTTP as respondents with a browser would: each client fetches the first page once (for
/// the antiforgery cookie and token), then sends complete responses under fresh response keys, one POST each ("Send",
/// answered with a redirect to the thank-you page). Counts only responses acknowledged with that redirect.
/// </summary>
public static partial class SubmitLoad
{
    /// <param name="questions">The number of questions the survey was generated with (the same definition as <see cref="Setup"/>'s).</param>
    public static async Task<int> RunAsync(string baseUrl, string link, int questions, int[] clientCounts, TimeSpan duration, int? serverPid)
    {
        baseUrl = baseUrl.TrimEnd('/');
        var definition = BenchSurvey.Definition(questions, "");
        Console.WriteLine($"survey: {definition.Questions.Count()} questions, {definition.Questions.Sum(q => Math.Max(1, q.Statements.Count))} answer fields; one POST per response");
        // The server compiles its hot paths to optimised code during the first tens of seconds under load (tiered
        // compilation); the steps measure what a running server does, after that.
        var warm = await RunStepAsync(baseUrl, link, definition, clientCounts.Max(), TimeSpan.FromSeconds(int.Parse(Environment.GetEnvironmentVariable("JUURRU_BENCH_WARMUP") ?? "60")), seed: 1);
        Console.WriteLine($"warm-up: {warm.Acknowledged / warm.Seconds:0} responses/s over the first {warm.Seconds:0} s ({warm.Acknowledged} responses, {warm.Errors} errors)");
        foreach (var clients in clientCounts)
        {
            var r = await RunStepAsync(baseUrl, link, definition, clients, duration, seed: clients);
            var all = r.Latencies.Order().ToArray();
            double P(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(all.Length * q))];
            Console.WriteLine($"{clients,2} clients: {r.Acknowledged / r.Seconds,7:0} responses/s; latency p50 {P(0.50):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms, " +
                              $"max {(all.Length == 0 ? 0 : all[^1]):0} ms, {all.Count(l => l > 500)} over 500 ms; {r.Acknowledged} acknowledged in {r.Seconds:0.0} s, {r.Errors} errors");
        }
        if (serverPid is { } pid) Console.WriteLine("server memory: " + Memory(pid));
        return 0;
    }

    public static string Memory(int pid) => !File.Exists($"/proc/{pid}/status") ? "?" :
        string.Join(", ", File.ReadAllLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmHWM") || l.StartsWith("VmRSS"))
            .Select(l => string.Join(' ', l.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))));

    private sealed record StepResult(int Acknowledged, int Errors, double Seconds, List<double> Latencies);

    private static async Task<StepResult> RunStepAsync(string baseUrl, string link, SurveyDefinition definition, int clients, TimeSpan duration, int seed)
    {
        var latencies = new List<double>[clients];
        var acknowledged = 0;
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = [];
            var random = new Random(seed * 1000 + c);
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true });
            var token = await TokenAsync(http, $"{baseUrl}/fi/s/{link}/{NewKey()}/1");
            while (clock.Elapsed < duration)
            {
                var key = NewKey();
                var fields = BenchSurvey.Answer(definition, random)
                    .SelectMany(a => a.Value.Select(v => new KeyValuePair<string, string>(SurveyRun.Field(a.Key), v)))
                    .Append(new("__af", token));
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync($"{baseUrl}/fi/s/{link}/{key}/1?handler=Send", new FormUrlEncodedContent(fields));
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.EndsWith($"/{key}/done", StringComparison.Ordinal) == true)
                    Interlocked.Increment(ref acknowledged);
                else
                    Interlocked.Increment(ref errors);
            }
        })));
        return new StepResult(acknowledged, errors, clock.Elapsed.TotalSeconds, latencies.SelectMany(l => l).ToList());
    }

    public static async Task<string> TokenAsync(HttpClient http, string pageUrl)
    {
        var html = await http.GetStringAsync(pageUrl);
        return TokenField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("No antiforgery token on " + pageUrl);
    }

    public static string NewKey() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    [GeneratedRegex("name=\"__af\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
