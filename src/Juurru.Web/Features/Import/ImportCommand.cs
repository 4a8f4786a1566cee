using System.Globalization;
using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Import;

/// <summary>`import-report &lt;file&gt; [--network slug] [--lang fi|sv|en]`: imports a coordination report and prints what it did.</summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var file = args.FirstOrDefault(a => !a.StartsWith("--"));
        var network = Option(args, "--network") ?? Data.Seeding.ReferenceData.TransitionsNetworkSlug;
        var culture = Option(args, "--lang") is { } lang && Cultures.IsSupported(lang) ? lang : Cultures.Default;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var L = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var output = Console.Out;

        if (file is null)
        {
            await Console.Error.WriteLineAsync(L["Usage: import-report <file> [--network <slug>] [--lang fi|sv|en]"]);
            return 2;
        }
        file = Resolve(file);
        if (!File.Exists(file))
        {
            await Console.Error.WriteLineAsync(L["The file {0} does not exist.", file]);
            return 2;
        }

        await app.Services.PrepareDatabaseAsync(includeDemoContent: false);
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ReportImporter>();
        try
        {
            var text = await File.ReadAllTextAsync(file);
            var summary = await importer.ImportAsync(text, network, $"import-report {Path.GetFileName(file)}");
            await ImportReport.WriteAsync(output, summary, L);
            return 0;
        }
        catch (ReportFormatException e)
        {
            await Console.Error.WriteLineAsync(L["Nothing was imported: {0}", L[e.Message]]);
            return 1;
        }
        catch (ImportException e)
        {
            await Console.Error.WriteLineAsync(L["Nothing was imported: {0}", L[e.Message, e.Args]]);
            return 1;
        }
    }

    /// <summary>
    /// `dotnet run --project` starts the program in the project's folder; a relative path is meant from the
    /// shell's folder, which the shell passes on as PWD.
    /// </summary>
    private static string Resolve(string file)
    {
        if (Path.IsPathRooted(file) || File.Exists(file)) return file;
        var shell = Environment.GetEnvironmentVariable("PWD");
        return shell is null ? file : Path.GetFullPath(file, shell);
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

/// <summary>The import's summary as text, in the chosen language.</summary>
public static class ImportReport
{
    public static async Task WriteAsync(TextWriter w, ImportSummary s, IStringLocalizer L)
    {
        await w.WriteLineAsync(L["Practices and projects per theme:"]);
        foreach (var (code, (name, practices, projects)) in s.PerTheme)
        {
            await w.WriteLineAsync($"  {code}. {name}: {L.Plural(practices, "{0} practice", "{0} practices")}, {L.Plural(projects, "{0} project", "{0} projects")}");
        }
        await w.WriteLineAsync(L["Practices: {0} new, {1} updated, {2} unchanged, {3} kept as edited in Juurru.",
            s.PracticesCreated, s.PracticesUpdated, s.PracticesUnchanged, s.PracticesKeptLocalEdits]);
        await w.WriteLineAsync(L["Projects: {0} new, {1} updated. Organisations: {2} new. Themes: {3} new.",
            s.ProjectsCreated, s.ProjectsUpdated, s.OrganisationsCreated, s.ThemesCreated]);
        if (s.PracticesWithKeywordProposals > 0)
            await w.WriteLineAsync(L.Plural(s.PracticesWithKeywordProposals, "Keywords were proposed for {0} practice; a coordinator reviews them on the network's keyword review page.",
                "Keywords were proposed for {0} practices; a coordinator reviews them on the network's keyword review page."));
        if (s.Reconciled.Count > 0)
        {
            await w.WriteLineAsync(L["Project names reconciled ({0}):", s.Reconciled.Count]);
            foreach (var (label, name) in s.Reconciled) await w.WriteLineAsync($"  {label} → {name}");
        }
        if (s.UnmatchedProjectNames.Count > 0)
        {
            await w.WriteLineAsync(L["Project names not found in the appendix ({0}); a project was created for each:", s.UnmatchedProjectNames.Count]);
            foreach (var name in s.UnmatchedProjectNames) await w.WriteLineAsync($"  {name}");
        }
        if (s.ProjectsWithoutListing.Count > 0)
        {
            await w.WriteLineAsync(L["Projects described but missing from the listing, so without an end month ({0}):", s.ProjectsWithoutListing.Count]);
            foreach (var name in s.ProjectsWithoutListing) await w.WriteLineAsync($"  {name}");
        }
        if (!s.ChangedAnything) await w.WriteLineAsync(L["Nothing changed: the report was already imported."]);
    }
}
