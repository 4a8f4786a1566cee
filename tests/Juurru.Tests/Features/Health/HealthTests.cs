using System.Net;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.Health;

public sealed class HealthTests
{
    [Theory, Databases]
    public async Task A_running_instance_is_live_and_ready(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var http = app.CreateClient();

        foreach (var probe in new[] { "/healthz", "/readyz" })
        {
            var response = await http.GetAsync(probe);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>Without its database an instance is not ready (take it out of the pool) but still live (do not restart it).</summary>
    [Theory, Databases]
    public async Task Without_its_database_an_instance_is_live_but_not_ready(Db db)
    {
        await using var database = await TestDatabase.CreateAsync(db);
        await using var app = JuurruApp.StartOn(database);
        var http = app.CreateClient();
        await using var gone = await database.MakeUnreachableAsync();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        var ready = await http.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
    }
}
