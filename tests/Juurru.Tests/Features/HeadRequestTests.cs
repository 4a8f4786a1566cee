using System.Net.Sockets;
using System.Text;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features;

/// <summary>HEAD is answered like GET without a body, on pages, the API, files and the icon alike.</summary>
public sealed class HeadRequestTests
{
    [Theory]
    [InlineData("/api/v1/networks", "application/json")]
    [InlineData("/fi/practices", "text/html")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task HEAD_gets_the_status_and_type_of_GET_and_no_body(string path, string type)
    {
        await using var app = await JuurruApp.StartOnPortAsync(Db.Sqlite);
        var uri = new Uri(app.BaseAddress);

        var response = await RawAsync(uri, $"HEAD {path} HTTP/1.1\r\nHost: {uri.Authority}\r\nConnection: close\r\n\r\n");

        var (head, body) = Split(response);
        Assert.StartsWith("HTTP/1.1 200", head);
        Assert.Contains($"Content-Type: {type}", head, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", body); // not even an empty chunk: a body after a HEAD answer breaks the connection's next response
    }

    private static async Task<string> RawAsync(Uri server, string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static (string Head, string Body) Split(string response)
    {
        var end = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return end < 0 ? (response, "") : (response[..end], response[(end + 4)..]);
    }
}
