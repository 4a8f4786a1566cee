using System.Globalization;
using Juurru.Data;
using Juurru.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Surveys;

/// <summary>`import-survey &lt;file&gt; --network &lt;slug&gt; [--project &lt;id&gt;]`: creates a survey from a definition file and prints its addresses.</summary>
public static class ImportSurveyCommand
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(Cultures.Default);
        var L = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var file = args.FirstOrDefault(a => !a.StartsWith("--") && !IsOptionValue(args, a));
        var slug = Option(args, "--network");
        if (file is null || slug is null)
        {
            await Console.Error.WriteLineAsync(L["Usage: import-survey <file> --network <slug> [--project <id>]"]);
            return 2;
        }
        if (!Path.IsPathRooted(file) && !File.Exists(file) && Environment.GetEnvironmentVariable("PWD") is { } pwd) file = Path.Combine(pwd, file);
        if (!File.Exists(file))
        {
            await Console.Error.WriteLineAsync(L["The file {0} does not exist.", file]);
            return 2;
        }
        await app.Services.PrepareDatabaseAsync(includeDemoContent: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JuurruDbContext>();
        var network = await db.Networks.SingleOrDefaultAsync(n => n.Slug == slug);
        int? project = int.TryParse(Option(args, "--project"), out var p) ? p : null;
        if (network is null || (project is not null && !await db.Projects.AnyAsync(x => x.Id == project && x.NetworkId == network.Id)))
        {
            await Console.Error.WriteLineAsync(L["Nothing was imported: {0}", L["No such network or project."]]);
            return 1;
        }
        var (definition, errors) = SurveyFormat.Parse(await File.ReadAllTextAsync(file));
        if (definition is null)
        {
            await Console.Error.WriteLineAsync(L["Nothing was imported: {0}", string.Join(" ", errors.Select(e => L[e.Message, e.Args].Value))]);
            return 1;
        }
        var now = DateTime.UtcNow;
        var survey = new Survey { NetworkId = network.Id, ProjectId = project, CreatedAt = now, UpdatedAt = now };
        survey.Define(definition);
        db.Surveys.Add(survey);
        await db.SaveChangesAsync();
        await Console.Out.WriteLineAsync(L["Created the survey {0} ({1}): /fi/surveys/{1}, open link /fi/s/{2} once its answering period is set.", survey.Title, survey.Id, survey.LinkKey]);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static bool IsOptionValue(string[] args, string value)
    {
        var i = Array.IndexOf(args, value);
        return i > 0 && args[i - 1].StartsWith("--");
    }
}
