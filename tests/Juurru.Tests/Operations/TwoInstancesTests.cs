using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Juurru.Features.Practices;
using Juurru.Features.Surveys;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Operations;

/// <summary>
/// Production as docs/OPERATIONS.md describes it: two instances of the built site started together on one empty
/// PostgreSQL database, behind nginx configured like deploy/nginx/juurru.conf, under a short load of reads, simultaneous
/// edits of one practice and survey answers. Nothing may be lost or doubled, and no request may fail.
/// </summary>
public sealed partial class TwoInstancesTests
{
    [Fact]
    public async Task Two_instances_behind_nginx_on_one_postgresql_lose_and_double_nothing()
    {
        var required = Environment.GetEnvironmentVariable("JUURRU_REQUIRE_POSTGRES") == "1";
        if (!required && TestDatabase.PostgresServer is null) Assert.Skip(TestDatabase.PostgresSkipReason);
        if (!required && NginxProcess.Executable is null) Assert.Skip("nginx is not installed (apt-get install nginx-light)");

        await using var database = await TestDatabase.CreateEmptyAsync(Db.Postgres);
        using var first = new SiteProcess();
        using var second = new SiteProcess();
        var shared = new Dictionary<string, string>
        {
            ["Juurru__Database__Provider"] = "Postgres", ["Juurru__Database__ConnectionString"] = database.ConnectionString,
            ["Juurru__DemoContent"] = "true", ["Juurru__Attachments__Path"] = Path.Combine(first.Data, "shared-attachments"),
        };
        first.Start(environment: shared);
        second.Start(environment: shared);
        await Task.WhenAll(first.AnsweringAsync(TimeSpan.FromSeconds(180)), second.AnsweringAsync(TimeSpan.FromSeconds(180)));
        using var nginx = new NginxProcess(first.Port, second.Port);
        await nginx.ListeningAsync();
        var site = new Uri($"http://127.0.0.1:{nginx.Port}");

        string link;
        int practiceId;
        await using (var ctx = database.NewContext())
        {
            link = await SurveyLoad.AddOpenSurveyAsync(ctx);
            var coordinated = await ctx.NetworkCoordinators.Select(c => c.NetworkId).ToListAsync();
            practiceId = await ctx.Practices.Where(p => coordinated.Contains(p.NetworkId)).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        }
        var password = DemoPassword(first.Output.Concat(second.Output), "koordinaattori@demo.juurru.fi");
        await SchemeIsForwardedAsync(site, "koordinaattori@demo.juurru.fi", password);
        using var editorA = await SignInAsync(site, "koordinaattori@demo.juurru.fi", password);
        using var editorB = await SignInAsync(site, "koordinaattori@demo.juurru.fi", password);
        var revisionsBefore = await CountAsync(database, ctx => ctx.PracticeRevisions.CountAsync(r => r.PracticeId == practiceId));

        // Respondents and readers the whole time; two editors save the same practice at the same moment, again and again.
        using var stop = new CancellationTokenSource();
        var acknowledged = new ConcurrentDictionary<string, string>();
        var respondents = Enumerable.Range(0, 4).Select(c => Task.Run(async () =>
        {
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = site };
            var token = await SurveyLoad.TokenAsync(http, link);
            var random = new Random(c);
            while (!stop.IsCancellationRequested)
            {
                var (key, choice) = await SurveyLoad.AnswerAsync(http, link, token, random);
                acknowledged[key] = choice;
            }
        })).ToList();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            using var http = new HttpClient { BaseAddress = site };
            while (!stop.IsCancellationRequested)
            {
                foreach (var path in new[] { "/fi/practices", $"/fi/practices/{practiceId}", "/fi/practices?q=ohjaus", "/api/v1/practices" })
                    Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(path)).StatusCode);
            }
        })).ToList();
        var saved = new List<string>();
        for (var round = 0; round < 8; round++)
        {
            var forms = await Task.WhenAll(editorA.PageAsync($"/fi/practices/{practiceId}/edit"), editorB.PageAsync($"/fi/practices/{practiceId}/edit"));
            var texts = new[] { $"Muokkaus A {round}.", $"Muokkaus B {round}." };
            var responses = await Task.WhenAll(
                editorA.SubmitAsync(forms[0], "form.form", new() { ["Form.Summary"] = texts[0] }),
                editorB.SubmitAsync(forms[1], "form.form", new() { ["Form.Summary"] = texts[1] }));
            Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Redirect, HttpStatusCode.Conflict }));
            saved.AddRange(texts.Where((_, i) => responses[i].StatusCode == HttpStatusCode.Redirect));
        }
        while (acknowledged.Count < 200) await Task.Delay(50);
        await stop.CancelAsync();
        await Task.WhenAll(respondents.Concat(readers));

        // Every acknowledged answer stored once, with what was sent.
        await using (var ctx = database.NewContext())
        {
            var surveyId = await ctx.Surveys.Where(s => s.LinkKey == link).Select(s => s.Id).SingleAsync();
            var stored = await ctx.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId && r.Status == ResponseStatus.Submitted)
                .Select(r => new { r.Key, r.AnswersJson }).ToListAsync();
            Assert.Equal(stored.Count, stored.Select(r => r.Key).Distinct().Count());
            var byKey = stored.ToDictionary(r => r.Key, r => r.AnswersJson);
            Assert.All(acknowledged, a => Assert.Equal(a.Value, Answers.FromJson(byKey[a.Key]).Single("role")));
            Assert.Equal(acknowledged.Count, stored.Count);

            // Every edit told "saved" is in the history, once; none other is; the practice holds the last of them.
            var edits = await ctx.PracticeRevisions.AsNoTracking().Where(r => r.PracticeId == practiceId).OrderBy(r => r.Id).Skip(revisionsBefore).ToListAsync();
            Assert.Equal(saved, edits.Select(r => r.Changes.Single(c => c.Field == PracticeField.Summary).New));
            Assert.Equal(saved[^1], await ctx.Practices.Where(p => p.Id == practiceId).Select(p => p.Summary).SingleAsync());
            Assert.Equal(8, saved.Count); // exactly one of each simultaneous pair
        }
        foreach (var log in new[] { first.Output.ToList(), second.Output.ToList() })
        {
            var error = log.FindIndex(line => line.StartsWith("fail:") || line.StartsWith("crit:"));
            Assert.True(error < 0, "an instance logged an error:\n" + string.Join("\n", log.Skip(error).Take(30)));
        }
    }

    /// <summary>
    /// The scheme nginx forwards is believed: signing in over what nginx says is https gives a secure session cookie.
    /// (The test's nginx says https only when asked to, with X-Pretend-Tls, so that the other clients can use plain http.)
    /// </summary>
    private static async Task SchemeIsForwardedAsync(Uri site, string email, string password)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = site };
        http.DefaultRequestHeaders.Add("X-Pretend-Tls", "1");
        var form = await http.GetAsync("/fi/account/login");
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("juurru.af=")).Split(';')[0];
        var token = Browser.Token(await Browser.ParseAsync(form));
        using var login = new HttpRequestMessage(HttpMethod.Post, "/fi/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token, ["Form.Email"] = email, ["Form.Password"] = password }),
        };
        login.Headers.Add("Cookie", antiforgery);
        var response = await http.SendAsync(login);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("juurru.auth="));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<Browser> SignInAsync(Uri site, string email, string password)
    {
        var browser = new Browser(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = site });
        var response = await browser.SubmitAsync("/fi/account/login", "form.form", new() { ["Form.Email"] = email, ["Form.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    private static async Task<int> CountAsync(TestDatabase database, Func<Juurru.Data.JuurruDbContext, Task<int>> count)
    {
        await using var ctx = database.NewContext();
        return await count(ctx);
    }

    /// <summary>The demo accounts' passwords are written once to the log of the instance that made them.</summary>
    private static string DemoPassword(IEnumerable<string> log, string email) =>
        log.Select(line => DemoAccount().Match(line)).First(m => m.Success && m.Groups[1].Value == email).Groups[2].Value;

    [GeneratedRegex(@"Demo account (\S+) has password (Demo-[A-Za-z0-9=]+)")]
    private static partial Regex DemoAccount();
}
