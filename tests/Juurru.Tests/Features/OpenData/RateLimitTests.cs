using System.Net;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.OpenData;

/// <summary>One client address may not take the site down through the API; the pages stay open.</summary>
public sealed class RateLimitTests
{
    private static readonly Dictionary<string, string> Small = new()
    {
        ["Juurru:Api:RequestsPerMinute"] = "3",
        ["Juurru:Api:DownloadsPerMinute"] = "1",
    };

    [Fact]
    public async Task Beyond_its_limit_a_client_is_told_to_wait_and_the_pages_still_answer()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite, settings: Small);
        using var harvester = app.NewBrowser();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) answers.Add((await harvester.GetAsync("/api/v1/networks")).StatusCode);
        using var refused = await harvester.GetAsync("/api/v1/practices");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) is > 0 and <= 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await harvester.GetAsync("/fi/practices")).StatusCode);
    }

    [Fact]
    public async Task Downloads_have_a_smaller_limit_of_their_own()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite, settings: Small);
        using var harvester = app.NewBrowser();

        var first = (await harvester.GetAsync("/api/v1/export/projects.csv")).StatusCode;
        var second = (await harvester.GetAsync("/api/v1/export/practices.csv")).StatusCode;
        var api = (await harvester.GetAsync("/api/v1/networks")).StatusCode;

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK), (first, second, api));
    }
}
