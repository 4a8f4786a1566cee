using System.Text.Json;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.Health;

public sealed class JsonLogTests
{
    /// <summary>The operations docs promise one JSON object per log line with one setting, for a log collector.</summary>
    [Fact]
    public async Task With_the_json_formatter_every_log_line_is_a_json_object()
    {
        using var site = new SiteProcess();
        site.Start(logLevel: "Information", environment: new Dictionary<string, string> { ["Logging__Console__FormatterName"] = "json" });
        await site.AnsweringAsync(TimeSpan.FromSeconds(120));
        site.Kill();

        var lines = site.Output.Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            using var json = JsonDocument.Parse(line);
            Assert.True(json.RootElement.TryGetProperty("LogLevel", out _), line);
            Assert.True(json.RootElement.TryGetProperty("Category", out _), line);
        });
        Assert.Contains(lines, l => l.Contains("Now listening"));
    }
}
