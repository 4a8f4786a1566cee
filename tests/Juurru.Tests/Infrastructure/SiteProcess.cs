using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Juurru.Tests.Infrastructure;

/// <summary>
/// The built site (the Juurru.Web.dll beside the tests) as a process of its own on the embedded SQLite database in a
/// folder of its own, so that a test can kill it (SIGKILL: no shutdown, nothing flushed) and start it again.
/// </summary>
public sealed class SiteProcess : IDisposable
{
    private Process? _process;
    private readonly ConcurrentQueue<string> _output = new();

    public string Data { get; } = Path.Combine(Path.GetTempPath(), "juurru-process-" + Guid.NewGuid().ToString("N"));
    public int Port { get; } = FreePort();
    public string Database => Path.Combine(Data, "juurru.db");

    /// <summary>What the process wrote, both streams, in order.</summary>
    public IReadOnlyCollection<string> Output => _output;

    /// <summary>Starts the site and returns at once; <paramref name="logLevel"/> is that of every category.</summary>
    /// <param name="environment">More settings as environment variables, e.g. Logging__Console__FormatterName.</param>
    public void Start(string logLevel = "Warning", IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = StartInfo(logLevel, "--urls", $"http://127.0.0.1:{Port}");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        Launch(start);
    }

    /// <summary>Starts a command-line verb (e.g. import-report) with its log at Information and returns at once, so that a test can kill it.</summary>
    public void StartCommand(params string[] args) => Launch(StartInfo("Information", args));

    public bool HasExited => _process?.HasExited ?? true;

    private void Launch(ProcessStartInfo start)
    {
        _output.Clear();
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Runs a command-line verb (e.g. backup) on this site's data, as an operator would, and waits for it.</summary>
    public async Task<(int ExitCode, string Output)> RunCommandAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo("Warning", args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await errors);
    }

    private ProcessStartInfo StartInfo(string logLevel, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Juurru__DataPath"] = Data, ["Juurru__DemoContent"] = "false",
                ["Juurru__Email__Folder"] = Path.Combine(Data, "mail"), ["Logging__LogLevel__Default"] = logLevel,
                ["Logging__Console__FormatterName"] = "simple",
            },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Juurru.Web.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }

    /// <summary>Starts the site and waits until it answers.</summary>
    public async Task StartAndWaitAsync(TimeSpan? within = null)
    {
        Start();
        await AnsweringAsync(within ?? TimeSpan.FromSeconds(120));
    }

    public async Task AnsweringAsync(TimeSpan within)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            Assert.False(_process!.HasExited, $"the site exited with code {(_process.HasExited ? _process.ExitCode : 0)}:\n{string.Join("\n", _output)}");
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{Port}/api/v1/networks")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        Assert.Fail($"the site did not answer within {within.TotalSeconds} s:\n{string.Join("\n", _output)}");
    }

    /// <summary>SIGKILL: no shutdown, nothing flushed by the application.</summary>
    public void Kill()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
        try { Directory.Delete(Data, recursive: true); } catch (IOException) { }
    }
}
