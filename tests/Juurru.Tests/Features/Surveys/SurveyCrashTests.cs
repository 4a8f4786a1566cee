using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Juurru.Data;
using Juurru.Features.Surveys;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Surveys;

/// <summary>
/// "Nothing acknowledged is lost": Juurru runs as its own process on the embedded SQLite database, respondents send
/// answers from several connections, and the process is killed (SIGKILL, no shutdown) in the middle of the load. Every
/// response whose sender got the thank-you redirect must be in the database afterwards, sent, with its answers.
/// </summary>
public sealed class SurveyCrashTests : IDisposable
{
    private readonly SiteProcess _site = new();

    [Fact]
    public async Task Every_acknowledged_response_survives_a_kill_during_a_load()
    {
        // First start: creates and migrates the database with the reference data; then a survey is added while it is down.
        await _site.StartAndWaitAsync();
        _site.Kill();
        string link;
        await using (var setup = Open()) link = await SurveyLoad.AddOpenSurveyAsync(setup);

        await _site.StartAndWaitAsync();
        var acknowledged = new ConcurrentDictionary<string, string>();
        var failedInFlight = 0;
        var killed = new TaskCompletionSource(); // set just before the kill: only then may a request fail
        var clients = Enumerable.Range(0, 8).Select(c => Task.Run(async () =>
        {
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
                { BaseAddress = new Uri($"http://127.0.0.1:{_site.Port}") };
            var token = await SurveyLoad.TokenAsync(http, link);
            var random = new Random(c);
            while (true)
            {
                try
                {
                    var (key, choice) = await SurveyLoad.AnswerAsync(http, link, token, random);
                    acknowledged[key] = choice;
                }
                catch (HttpRequestException) when (killed.Task.IsCompleted)
                {
                    // Sent but never answered: the process died with this request in flight. It may or may not be stored.
                    Interlocked.Increment(ref failedInFlight);
                    return;
                }
            }
        })).ToList();

        // Kill once a good number of responses have been acknowledged, while all clients are still sending.
        var clock = Stopwatch.StartNew();
        while (acknowledged.Count < 400 && clock.Elapsed < TimeSpan.FromSeconds(30) && clients.All(t => !t.IsCompleted)) await Task.Delay(20);
        Assert.All(clients, t => Assert.False(t.IsFaulted, t.Exception?.ToString()));
        killed.SetResult();
        _site.Kill();
        await Task.WhenAll(clients);

        Assert.True(acknowledged.Count >= 400, $"only {acknowledged.Count} responses were acknowledged before the kill");
        Assert.True(failedInFlight > 0, "the process was not killed while requests were in flight");

        // After the crash: the database opens (SQLite recovers its write-ahead log) and holds every acknowledged response.
        await using var db = Open();
        var stored = await db.SurveyResponses.AsNoTracking().Where(r => r.Status == ResponseStatus.Submitted)
            .ToDictionaryAsync(r => r.Key, r => r.AnswersJson);
        var missing = acknowledged.Keys.Where(k => !stored.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {acknowledged.Count} acknowledged responses were lost");
        Assert.All(acknowledged, a => Assert.Equal(a.Value, Answers.FromJson(stored[a.Key]).Single("role")));

        // And the site starts again on the recovered file.
        await _site.StartAndWaitAsync();
        Assert.Equal(HttpStatusCode.OK, (await new HttpClient().GetAsync($"http://127.0.0.1:{_site.Port}/fi/s/{link}")).StatusCode);
    }

    private SqliteJuurruDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteJuurruDbContext>().UseSqlite($"Data Source={_site.Database};Pooling=False").Options);

    public void Dispose() => _site.Dispose();
}
