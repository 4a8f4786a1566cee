using System.Net;
using Juurru.Identity;
using Juurru.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Juurru.Tests.Fuzz;

/// <summary>
/// Walks the demo site as a visitor, a coordinator and an administrator and sends every form, page address and API
/// route malformed values. Bad input must get a clear refusal (4xx) or be handled, never a server error, and the
/// application must log no error while it happens.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public async Task No_form_address_or_api_route_answers_malformed_input_with_a_server_error()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite, demoContent: true);
        var failures = new List<string>();
        var requests = 0;

        // Signed in first: the visitor's turn exhausts the sign-in page's rate limit.
        using var coordinator = await app.SignInAsync(await DemoCoordinatorAsync(app));
        using var admin = await app.SignInAsync(await app.AdministratorAsync());

        // Each kind of form once, by the first role that sees it: the administrator, who may delete and lock, goes last.
        var covered = new HashSet<string>();
        using (var visitor = app.NewBrowser()) requests += await FuzzAsAsync(visitor, "visitor", covered, failures);
        requests += await FuzzAsAsync(coordinator, "coordinator", covered, failures);
        {
            requests += await FuzzAsAsync(admin, "administrator", covered, failures);
            requests += await FuzzApiAsync(app, admin, failures);
        }
        using (var visitor = app.NewBrowser()) requests += await FuzzErrorPagesAsync(visitor, failures);

        Log($"{requests} requests");
        foreach (var failure in failures) Log(failure);
        foreach (var error in app.Errors.Entries) Log(error);
        Assert.True(requests > 1000, $"Only {requests} requests: the walk did not reach the site.");
        Assert.Empty(failures);
        Assert.Empty(app.Errors.Entries);
    }

    private async Task<int> FuzzAsAsync(Browser browser, string who, HashSet<string> covered, List<string> failures)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var walker = new SiteWalker(browser, perKind: 2);
        await walker.WalkAsync("/fi", "/fi/account", "/fi/account/login", "/fi/account/register", "/fi/account/forgot-password");
        failures.AddRange(walker.ServerErrors.Select(e => $"{who}: GET {e.Url} → {(int)e.Status}"));
        Log($"{who}: {walker.Pages.Count} pages, {walker.Forms.Count} forms, walked in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
        var requests = walker.Pages.Count;

        // Addresses with ids, keys and page numbers that do not fit.
        foreach (var url in walker.Pages.Where(p => covered.Add("page " + SiteWalker.KindOf(p))))
        {
            foreach (var variant in AddressVariants(url))
            {
                requests++;
                await ExpectNoServerErrorAsync(browser.Client.GetAsync(variant), $"{who}: GET {variant}", failures);
            }
        }

        // Every kind of form once; the ones that delete or close come last so that the others still find their data.
        Log($"{who}: addresses in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
        var forms = walker.Forms
            .Where(f => !f.Action.Contains("logout", StringComparison.OrdinalIgnoreCase))
            .Where(f => covered.Add($"{f.Method} {SiteWalker.KindOf(f.Action)} {string.Join(",", f.Names.Order())}"))
            .OrderBy(f => Destructive(f) ? 1 : 0)
            .ToList();
        Log($"{who}: {forms.Count} kinds of form not sent before");
        foreach (var form in forms)
        {
            var formStarted = System.Diagnostics.Stopwatch.GetTimestamp();
            if (form.Method == "get")
            {
                foreach (var value in MalformedInput.Values)
                {
                    requests++;
                    var separator = form.Action.Contains('?') ? "&" : "?";
                    await ExpectNoServerErrorAsync(browser.Client.GetAsync(form.Action + separator + MalformedInput.Query(form, value)),
                        $"{who}: GET form {form.Action} with {MalformedInput.Describe(value)}", failures);
                }
                if (System.Diagnostics.Stopwatch.GetElapsedTime(formStarted).TotalMilliseconds is var getMs && getMs > 2000) Log($"slow: GET {form.Action} {getMs:0} ms");
                continue;
            }
            foreach (var (label, body) in MalformedInput.Bodies(form))
            {
                requests++;
                await ExpectNoServerErrorAsync(browser.Client.PostAsync(form.Action, body), $"{who}: POST {form.Action} ({form.Page}) with {label}", failures);
            }
            var ms = System.Diagnostics.Stopwatch.GetElapsedTime(formStarted).TotalMilliseconds;
            if (ms > 2000) Log($"slow: {form.Action} {ms:0} ms");
        }
        Log($"{who}: done in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
        return requests;
    }

    private async Task<int> FuzzApiAsync(JuurruApp app, Browser browser, List<string> failures)
    {
        var requests = 0;
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true)
            .ToList();
        Log($"API: {routes.Count} routes");
        foreach (var route in routes)
        {
            var methods = route.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var segment in new[] { "1", "demo" }.Concat(MalformedInput.Segments))
            {
                var path = "/" + string.Join("/", route.RoutePattern.PathSegments.Select(s =>
                    s.IsSimple && s.Parts[0] is Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal ? literal.Content : segment));
                foreach (var query in new[] { "", "?page=-1&pageSize=2147483648&q=%00&theme=abc&year=99999999999&sort=x", "?q=" + new string('a', 5000) })
                {
                    foreach (var method in methods)
                    {
                        requests++;
                        using var request = new HttpRequestMessage(new HttpMethod(method), path + query);
                        if (method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{\"a\":", System.Text.Encoding.UTF8, "application/json");
                        await ExpectNoServerErrorAsync(browser.Client.SendAsync(request), $"API {method} {path}{query}", failures);
                    }
                }
            }
        }
        return requests;
    }

    private static async Task<int> FuzzErrorPagesAsync(Browser browser, List<string> failures)
    {
        var codes = new[] { "0", "1", "100", "101", "200", "204", "205", "304", "399", "404", "600", "999", "-1", "2147483648", "abc" };
        foreach (var code in codes) await ExpectNoServerErrorAsync(browser.Client.GetAsync($"/fi/error/{code}"), $"GET /fi/error/{code}", failures);
        foreach (var code in codes) await ExpectNoServerErrorAsync(browser.Client.GetAsync($"/error/{code}"), $"GET /error/{code}", failures);
        return codes.Length * 2;
    }

    private static IEnumerable<string> AddressVariants(string url)
    {
        var path = url.Split('?')[0];
        var segments = path.Split('/');
        for (var i = 2; i < segments.Length; i++)
        {
            if (!segments[i].Any(char.IsDigit) && segments[i].Length < 20) continue;
            foreach (var value in MalformedInput.Segments)
            {
                var copy = (string[])segments.Clone();
                copy[i] = value;
                yield return string.Join("/", copy);
            }
        }
        yield return path + "?page=-1&sivu=2147483648&q=%00%ff&year=abc&from=2026-02-30&sort=%3Cx%3E&handler=Nothing";
        yield return path + "?q=" + new string('a', 5000);
    }

    private void Log(string line) => output.WriteLine(line);

    private static bool Destructive(FoundForm form) =>
        new[] { "delete", "remove", "close", "archive", "lock", "return", "decide" }.Any(w => form.Action.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static async Task ExpectNoServerErrorAsync(Task<HttpResponseMessage> send, string what, List<string> failures)
    {
        try
        {
            using var response = await send;
            if ((int)response.StatusCode >= 500) failures.Add($"{what} → {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException)
        {
            failures.Add($"{what} → connection failed: {e.GetType().Name} {e.Message}");
        }
    }

    private static async Task<User> DemoCoordinatorAsync(JuurruApp app) =>
        await app.WithServiceAsync<UserManager<User>, User>(async users =>
        {
            var user = (await users.FindByEmailAsync("koordinaattori@demo.juurru.fi"))!;
            await users.RemovePasswordAsync(user);
            await users.AddPasswordAsync(user, TestData.Password);
            return user;
        });
}
