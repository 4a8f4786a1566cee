using System.Diagnostics;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.Import;

/// <summary>The import command as a user runs it: `dotnet run --project src/Juurru.Web -- import-report &lt;file&gt;`.</summary>
public sealed class ImportCommandTests
{
    [Fact]
    public async Task The_command_imports_once_reports_nothing_new_the_second_time_and_refuses_another_file()
    {
        var report = Seeds.PathOf(Seeds.ZoomiReport);
        var data = Directory.CreateTempSubdirectory("juurru-cli-").FullName;
        try
        {
            var (code, output, _) = await RunAsync(data, "import-report", report);
            Assert.Equal(0, code);
            Assert.Contains("Käytännöt ja hankkeet teemoittain:", output);
            Assert.Contains("D. Sujuva siirtyminen työelämään ja jatko-opintoihin:", output);
            Assert.Matches(@"Käytännöt: 2\d\d uutta", output);

            (code, output, _) = await RunAsync(data, "import-report", report, "--lang", "en");
            Assert.Equal(0, code);
            Assert.Contains("Nothing changed: the report was already imported.", output);

            var (refused, _, error) = await RunAsync(data, "import-report", Path.Combine(Seeds.Folder, "001_18a820eab1643237.txt"));
            Assert.Equal(1, refused);
            Assert.Contains("Mitään ei tuotu:", error);

            var (missing, _, notFound) = await RunAsync(data, "import-report", Path.Combine(data, "ei-ole.txt"));
            Assert.Equal(2, missing);
            Assert.Contains("ei ole", notFound);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string dataPath, params string[] args)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Juurru.slnx"))) root = root.Parent!;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root.FullName,
        };
        // The build the test run already made; the same configuration the web application reads.
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        foreach (var a in new[] { "run", "--no-build", "-c", configuration, "--project", Path.Combine("src", "Juurru.Web"), "--" }.Concat(args))
            start.ArgumentList.Add(a);
        start.Environment["Juurru__DataPath"] = dataPath;
        start.Environment["Juurru__DemoContent"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
