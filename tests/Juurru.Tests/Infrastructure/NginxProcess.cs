using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Juurru.Tests.Infrastructure;

/// <summary>
/// nginx in front of several sites, configured like deploy/nginx/juurru.conf (round robin, forwarded headers), in a
/// folder of its own, stopped with the test.
/// </summary>
public sealed class NginxProcess : IDisposable
{
    public static string? Executable => new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);

    private readonly Process _process;
    private readonly string _folder = Directory.CreateTempSubdirectory("juurru-nginx-").FullName;

    public int Port { get; } = FreePort();

    public NginxProcess(params int[] upstreamPorts)
    {
        var servers = string.Concat(upstreamPorts.Select(p => $"        server 127.0.0.1:{p} max_fails=3 fail_timeout=10s;\n"));
        var config = Path.Combine(_folder, "nginx.conf");
        File.WriteAllText(config, $$"""
            daemon off;
            worker_processes 1;
            {{(Environment.UserName == "root" ? "user root root;" : "")}}
            pid {{_folder}}/nginx.pid;
            error_log {{_folder}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log off;
                # TLS ends at nginx in production; here a request says so with X-Pretend-Tls, the others are plain http.
                map $http_x_pretend_tls $forwarded_proto { default $scheme; "1" https; }
                client_body_temp_path {{_folder}}/body;
                proxy_temp_path {{_folder}}/proxy;
                fastcgi_temp_path {{_folder}}/fastcgi;
                uwsgi_temp_path {{_folder}}/uwsgi;
                scgi_temp_path {{_folder}}/scgi;
                upstream juurru {
            {{servers}}        keepalive 16;
                }
                server {
                    listen 127.0.0.1:{{Port}};
                    client_max_body_size 25m;
                    location / {
                        proxy_pass http://juurru;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $forwarded_proto;
                        proxy_next_upstream error timeout;
                    }
                }
            }
            """);
        _process = Process.Start(new ProcessStartInfo(Executable ?? throw new InvalidOperationException("nginx is not installed"))
        {
            ArgumentList = { "-c", config, "-p", _folder },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public async Task ListeningAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            Assert.False(_process.HasExited, $"nginx exited: {Errors()}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) { await Task.Delay(100); }
        }
        Assert.Fail($"nginx did not listen: {Errors()}");
    }

    public string Errors() => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
