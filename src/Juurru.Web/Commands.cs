using Juurru.Features.Import;

namespace Juurru;

/// <summary>Command-line verbs run instead of the web server: `dotnet run --project src/Juurru.Web -- &lt;verb&gt; …`.</summary>
public sealed class Commands
{
    private readonly Func<WebApplication, Task<int>> _run;

    private Commands(Func<WebApplication, Task<int>> run, string[] hostArgs)
    {
        _run = run;
        HostArgs = hostArgs;
    }

    /// <summary>Arguments for the host's configuration (options of the form --Key=value).</summary>
    public string[] HostArgs { get; }

    public Task<int> RunAsync(WebApplication app) => _run(app);

    public static Commands? Parse(string[] args)
    {
        if (args.Length == 0) return null;
        var hostArgs = args.Where(a => a.StartsWith("--") && a.Contains('=')).ToArray();
        var own = args.Skip(1).Where(a => !hostArgs.Contains(a)).ToArray();
        return args[0] switch
        {
            "import-report" => new Commands(app => ImportCommand.RunAsync(app, own), hostArgs),
            "rebuild-search-index" => new Commands(Features.Search.RebuildCommand.RunAsync, hostArgs),
            "import-survey" => new Commands(app => Features.Surveys.ImportSurveyCommand.RunAsync(app, own), hostArgs),
            "backup" => new Commands(app => Features.Backups.BackupCommands.BackupAsync(app, own), hostArgs),
            "restore" => new Commands(app => Features.Backups.BackupCommands.RestoreAsync(app, own), hostArgs),
            _ => null,
        };
    }
}
