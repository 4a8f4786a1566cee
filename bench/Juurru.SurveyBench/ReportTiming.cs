using System.Diagnostics;
using System.Text.Json;

namespace Juurru.SurveyBench;

/// <summary>
/// Times the report of the survey with many responses, one request at a time: its figures as JSON from the API and the
/// whole published report page with its charts, unfiltered and narrowed to one answer.
/// </summary>
public static class ReportTiming
{
    public static async Task<int> RunAsync(string baseUrl, int surveyId, string reportKey, int repeats, int? serverPid)
    {
        baseUrl = baseUrl.TrimEnd('/');
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        using (var doc = JsonDocument.Parse(await http.GetStringAsync($"{baseUrl}/api/v1/surveys/{surveyId}/report")))
        {
            var root = doc.RootElement;
            var questions = root.GetProperty("sections").EnumerateArray().Sum(x => x.GetProperty("questions").GetArrayLength());
            Console.WriteLine($"report: {root.GetProperty("responses").GetInt32()} responses, {questions} questions");
        }
        foreach (var (name, url) in new[]
        {
            ("API figures, whole survey", $"{baseUrl}/api/v1/surveys/{surveyId}/report"),
            ("API figures, filter q1=o1", $"{baseUrl}/api/v1/surveys/{surveyId}/report?filter=q1:o1"),
            ("report page (HTML + SVG)", $"{baseUrl}/fi/surveys/report/{reportKey}"),
        })
        {
            for (var i = 0; i < 3; i++) await http.GetByteArrayAsync(url); // warm-up
            var times = new List<double>();
            long bytes = 0;
            for (var i = 0; i < repeats; i++)
            {
                var started = Stopwatch.GetTimestamp();
                bytes = (await http.GetByteArrayAsync(url)).Length;
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"{name,-28} p50 {times[times.Count / 2],6:0} ms, p95 {times[Math.Min(times.Count - 1, (int)(times.Count * 0.95))],6:0} ms, max {times[^1],6:0} ms over {repeats}; {bytes / 1024} KiB");
        }
        if (serverPid is { } pid) Console.WriteLine("server memory: " + SubmitLoad.Memory(pid));
        return 0;
    }
}
