using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Features.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Surveys;

/// <summary>
/// "Nothing acknowledged is lost": Juurru runs as its own process on the embedded SQLite database, respondents send
/// answers from several connections, and the process is killed (SIGKILL, no shutdown) in the middle of the load. Every
/// response whose sender got the thank-you redirect must be in the database afterwards, sent, with its answers.
/// </summary>
public sealed partial class SurveyCrashTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "juurru-crash-" + Guid.NewGuid().ToString("N"));
    private readonly int _port = FreePort();
    private Process? _server;

    [Fact]
    public async Task Every_acknowledged_response_survives_a_kill_during_a_load()
    {
        // First start: creates and migrates the database with the reference data; then a survey is added while it is down.
        await StartAsync();
        Kill();
        var link = await AddOpenSurveyAsync();

        await StartAsync();
        var acknowledged = new ConcurrentDictionary<string, string>();
        var failedInFlight = 0;
        var killed = new TaskCompletionSource(); // set just before the kill: only then may a request fail
        var clients = Enumerable.Range(0, 8).Select(c => Task.Run(async () =>
        {
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
                { BaseAddress = new Uri($"http://127.0.0.1:{_port}") };
            var first = await http.GetStringAsync($"/fi/s/{link}/{NewKey()}/1");
            var token = WebUtility.HtmlDecode(TokenField().Match(first).Groups[1].Value);
            var random = new Random(c);
            while (true)
            {
                var key = NewKey();
                var choice = $"o{random.Next(1, 4)}";
                var fields = new Dictionary<string, string>
                {
                    ["__af"] = token, ["a.role"] = choice, ["a.useful"] = random.Next(1, 6).ToString(), ["a.hours"] = random.Next(0, 40).ToString(),
                    ["a.comment"] = $"Vastaus {key[..8]}",
                };
                try
                {
                    using var response = await http.PostAsync($"/fi/s/{link}/{key}/1?handler=Send", new FormUrlEncodedContent(fields));
                    Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                    Assert.EndsWith($"/{key}/done", response.Headers.Location!.OriginalString);
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
        Kill();
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
        await StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await new HttpClient().GetAsync($"http://127.0.0.1:{_port}/fi/s/{link}")).StatusCode);
    }

    private async Task<string> AddOpenSurveyAsync()
    {
        static LocalizedText T(string fi) => LocalizedText.Of(fi, fi, fi);
        var definition = new SurveyDefinition
        {
            Title = T("Palautekysely"),
            Sections =
            [
                new SectionDefinition
                {
                    Key = "s1", Title = T("Palaute"),
                    Questions =
                    [
                        new QuestionDefinition { Key = "role", Type = QuestionType.SingleChoice, Text = T("Rooli"), Required = true,
                            Options = [new Choice { Value = "o1", Text = T("Opettaja") }, new Choice { Value = "o2", Text = T("Ohjaaja") }, new Choice { Value = "o3", Text = T("Muu") }] },
                        new QuestionDefinition { Key = "useful", Type = QuestionType.Likert, Text = T("Hyödyllinen"), Required = true },
                        new QuestionDefinition { Key = "hours", Type = QuestionType.Number, Text = T("Tunnit") },
                        new QuestionDefinition { Key = "comment", Type = QuestionType.LongText, Text = T("Terveiset") },
                    ],
                },
            ],
        };
        await using var db = Open();
        var network = await db.Networks.FirstAsync();
        var now = DateTime.UtcNow;
        var survey = new Survey { NetworkId = network.Id, OpensAt = now.AddHours(-1), ClosesAt = now.AddDays(1), CreatedAt = now, UpdatedAt = now };
        survey.Define(definition);
        db.Surveys.Add(survey);
        await db.SaveChangesAsync();
        return survey.LinkKey;
    }

    private SqliteJuurruDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteJuurruDbContext>().UseSqlite($"Data Source={Path.Combine(_data, "juurru.db")};Pooling=False").Options);

    /// <summary>Starts the built site (the Juurru.Web.dll beside the tests) and waits until it answers.</summary>
    private async Task StartAsync()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Juurru.Web.dll"), "--urls", $"http://127.0.0.1:{_port}" },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Juurru__DataPath"] = _data, ["Juurru__DemoContent"] = "false",
                ["Juurru__Email__Folder"] = Path.Combine(_data, "mail"), ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        _server = Process.Start(start)!;
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            Assert.False(_server.HasExited, $"the site exited with code {(_server.HasExited ? _server.ExitCode : 0)}");
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{_port}/api/v1/networks")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        Assert.Fail("the site did not start in two minutes");
    }

    /// <summary>SIGKILL: no shutdown, nothing flushed by the application.</summary>
    private void Kill()
    {
        if (_server is null || _server.HasExited) return;
        _server.Kill(entireProcessTree: true);
        _server.WaitForExit();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string NewKey() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    [GeneratedRegex("name=\"__af\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public void Dispose()
    {
        Kill();
        _server?.Dispose();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
