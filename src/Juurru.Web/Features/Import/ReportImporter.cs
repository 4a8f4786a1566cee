using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Juurru.Data;
using Juurru.Features.Networks;
using Juurru.Features.Organisations;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Import;

/// <summary>
/// Brings a coordination report into a network's method bank in one transaction: themes and subthemes, the projects
/// of the appendix with their lead organisations, and every practice linked to its project. A second run of the same
/// report changes nothing; a practice edited in Juurru since its import is left as it is.
/// </summary>
/// <remarks>
/// Reading the bank and matching the report's names to it takes seconds, and SQLite has one write lock for the whole
/// site: held that long, it would keep every respondent's answer waiting. So the import works out its changes
/// without a transaction (reads do not block writers), has the search analysis done ahead, and writes everything in
/// the one short transaction of <see cref="JuurruDbContext.SaveChangesAsync(bool, CancellationToken)"/>. If someone
/// changed what it read in the meantime (concurrency tokens, unique import keys), it works the changes out again.
/// </remarks>
public sealed partial class ReportImporter(JuurruDbContext db, SearchIndexer indexer, TimeProvider clock, ILogger<ReportImporter> logger,
    Vocabulary.KeywordProposer keywords)
{
    private const string KeyPrefix = "report:";
    private const int Attempts = 3;

    public async Task<ImportSummary> ImportAsync(string text, string networkSlug, string source, CancellationToken ct = default)
    {
        var report = ReportParser.Parse(text); // a file of the wrong shape stops here, before anything is written
        await indexer.PrepareAsync(db, text, "fi", ct);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var summary = await PlanAsync(report, networkSlug, source, ct);
            logger.LogInformation("Import into {Network} from {Source}: writing {Practices} new and {Updated} updated practices",
                networkSlug, source, summary.PracticesCreated, summary.PracticesUpdated);
            try
            {
                await db.SaveChangesAsync(ct);
                // Keywords are proposed after the import is written, for a coordinator to review: the report has none.
                summary.PracticesWithKeywordProposals = await keywords.ProposeAsync(summary.NetworkId, ct);
                return summary;
            }
            catch (DbUpdateException e) when (SaveConflicts.IsConflict(e))
            {
                // The bank changed between reading and writing (someone saved a project or practice the report
                // updates, or imported the same report): nothing of this attempt was written; the next reads afresh.
                logger.LogWarning(e, "Import into {Network}: the bank changed while the import was working out its changes (attempt {Attempt} of {Attempts})",
                    networkSlug, attempt, Attempts);
                if (attempt == Attempts) throw new ImportException("The method bank kept changing while the report was being imported. Try again in a moment.");
            }
        }
    }

    /// <summary>The import's changes, tracked by the context and not yet saved.</summary>
    private async Task<ImportSummary> PlanAsync(ParsedReport report, string networkSlug, string source, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var summary = new ImportSummary();
        var network = await db.Networks.Include(n => n.Themes).SingleOrDefaultAsync(n => n.Slug == networkSlug, ct)
                      ?? throw new ImportException("The network {0} does not exist.", networkSlug);
        summary.NetworkId = network.Id;

        var themes = EnsureThemes(network, report, summary);
        var projects = await EnsureProjectsAsync(network, report, themes, summary, now, ct);
        var practices = await ImportPracticesAsync(network, report, themes, projects, summary, source, now, ct);
        CountPerTheme(report, practices, summary);
        return summary;
    }

    private sealed class ThemeMap(Dictionary<string, Theme> themes, Dictionary<(string, string), Theme> subthemes)
    {
        public Theme Theme(string code) => themes[code];
        public Theme? Subtheme(string code, string? name) => name is not null && subthemes.TryGetValue((code, name), out var t) ? t : null;
    }

    private ThemeMap EnsureThemes(Network network, ParsedReport report, ImportSummary summary)
    {
        var themes = new Dictionary<string, Theme>();
        var subthemes = new Dictionary<(string, string), Theme>();
        foreach (var parsed in report.Themes)
        {
            var theme = network.Themes.FirstOrDefault(t => t.ParentId is null && t.Parent is null && t.Code == parsed.Code);
            if (theme is null)
            {
                theme = NewTheme(network, parsed.Code, parsed.Name, null);
                summary.ThemesCreated++;
            }
            themes[parsed.Code] = theme;
            foreach (var name in parsed.Subthemes)
            {
                var children = network.Themes.Where(t => t.Parent == theme || (theme.Id != 0 && t.ParentId == theme.Id)).ToList();
                var sub = children.FirstOrDefault(c => Similar(c.Name, name));
                if (sub is null)
                {
                    var code = theme.Code + (children.Count + 1);
                    while (network.Themes.Any(t => t.Code == code)) code += "b";
                    sub = NewTheme(network, code, name, theme);
                    summary.ThemesCreated++;
                }
                subthemes[(parsed.Code, name)] = sub;
            }
        }
        return new ThemeMap(themes, subthemes);
    }

    private static Theme NewTheme(Network network, string code, string name, Theme? parent)
    {
        var theme = new Theme { Code = code, Network = network, Parent = parent, SortOrder = network.Themes.Count == 0 ? 0 : network.Themes.Max(t => t.SortOrder) + 1 };
        theme.Rename(name);
        network.Themes.Add(theme);
        return theme;
    }

    /// <summary>Same name up to typos: the report's headings and the shipped theme tree differ by a letter here and there.</summary>
    private static bool Similar(string a, string b)
    {
        var x = NameMatcher<object>.Key(a);
        var y = NameMatcher<object>.Key(b);
        return x == y || 1.0 - (double)NameMatcher<object>.Levenshtein(x, y) / Math.Max(x.Length, y.Length) >= 0.85;
    }

    /// <summary>A project as the two appendix tables describe it together.</summary>
    private sealed class AppendixProject
    {
        public string? ListingName;
        public string? DescriptionName;
        public string? Description;
        public ProjectScope? Scope;
        public DateOnly? EndDate;
        public readonly List<string> Leads = [];
        public readonly List<string> Labels = [];
        public readonly SortedSet<string> Themes = new(StringComparer.Ordinal);
        public Project? Entity;

        public string ImportKey => KeyPrefix + NameMatcher<object>.Key(ListingName ?? DescriptionName!);

        /// <summary>
        /// The two tables spell some names differently, and each has its slips. The spelling closer to how the
        /// practices name the project wins; on a tie, the listing's (the report's register of projects).
        /// </summary>
        public string Name
        {
            get
            {
                if (ListingName is null || DescriptionName is null) return ListingName ?? DescriptionName!;
                double Fit(string name) => Labels.Sum(label => NameMatcher<object>.Similarity(label, name));
                return Fit(DescriptionName) > Fit(ListingName) + 1e-9 ? DescriptionName : ListingName;
            }
        }
    }

    /// <summary>The appendix's projects, findable by any spelling, and which of them the appendix placed under themes.</summary>
    private sealed record AppendixProjects(NameMatcher<AppendixProject> Matcher, HashSet<Project> WithThemes);

    private async Task<AppendixProjects> EnsureProjectsAsync(Network network, ParsedReport report, ThemeMap themes,
        ImportSummary summary, DateTime now, CancellationToken ct)
    {
        var matcher = new NameMatcher<AppendixProject>();
        var all = new List<AppendixProject>();
        foreach (var row in report.Projects.Where(p => p.Table == ProjectTable.Listing))
        {
            var p = new AppendixProject { ListingName = row.Name, EndDate = row.EndDate, Scope = row.Scope, Description = row.Description };
            if (row.LeadOrganisation is not null) p.Leads.Add(row.LeadOrganisation);
            all.Add(p);
            matcher.Add(p, row.Name);
        }
        foreach (var row in report.Projects.Where(p => p.Table == ProjectTable.Descriptions))
        {
            var p = matcher.Find(row.Name)?.Item;
            if (p is null)
            {
                p = new AppendixProject { Scope = row.Scope };
                all.Add(p);
                summary.ProjectsWithoutListing.Add(row.Name);
            }
            p.DescriptionName ??= row.Name;
            if (row.LeadOrganisation is not null) p.Leads.Add(row.LeadOrganisation);
            p.Description ??= row.Description;
            p.Scope ??= row.Scope;
            foreach (var code in row.ThemeCodes) p.Themes.Add(code);
            matcher.Add(p, row.Name);
        }

        foreach (var practice in report.Practices)
        {
            matcher.Find(practice.ProjectLabel)?.Item.Labels.Add(practice.ProjectLabel);
        }

        var existing = await db.Projects.Include(p => p.Themes).Include(p => p.LeadOrganisation)
            .Where(p => p.NetworkId == network.Id).ToListAsync(ct);
        var organisations = await OrganisationFinder.LoadAsync(db, all.SelectMany(p => p.Leads), ct);
        var withThemes = new HashSet<Project>();
        foreach (var p in all)
        {
            var entity = existing.FirstOrDefault(e => e.ImportKey == p.ImportKey)
                         ?? existing.FirstOrDefault(e => e.NormalizedName == TextKeys.Normalize(p.Name));
            var isNew = entity is null;
            if (entity is null)
            {
                entity = new Project { Network = network, ImportKey = p.ImportKey, CreatedAt = now, UpdatedAt = now };
                entity.Rename(p.Name);
                db.Projects.Add(entity);
                existing.Add(entity);
                summary.ProjectsCreated++;
            }
            var changed = FillEmpty(entity, p, organisations, summary);
            foreach (var code in p.Themes)
            {
                var theme = themes.Theme(code);
                if (!entity.Themes.Contains(theme))
                {
                    entity.Themes.Add(theme);
                    changed = true;
                }
            }
            if (changed && !isNew)
            {
                entity.UpdatedAt = now;
                summary.ProjectsUpdated++;
            }
            p.Entity = entity;
            if (p.Themes.Count > 0) withThemes.Add(entity);
        }
        return new AppendixProjects(matcher, withThemes);
    }

    /// <summary>Sets what the project card lacks; what people have written on the card is never overwritten.</summary>
    private static bool FillEmpty(Project entity, AppendixProject p, OrganisationFinder organisations, ImportSummary summary)
    {
        var changed = false;
        if (entity.LeadOrganisation is null && p.Leads.Count > 0)
        {
            entity.LeadOrganisation = organisations.FindOrCreate(organisations.MostCommon(p.Leads), summary);
            changed = true;
        }
        if (entity.EndDate is null && p.EndDate is not null) { entity.EndDate = p.EndDate; changed = true; }
        if (entity.Scope is null && p.Scope is not null) { entity.Scope = p.Scope; changed = true; }
        if (string.IsNullOrWhiteSpace(entity.Description) && p.Description is not null) { entity.Description = p.Description; changed = true; }
        if (entity.Acronym is null && AcronymOf(p.Name) is { } acronym) { entity.Acronym = acronym; changed = true; }
        return changed;
    }

    [GeneratedRegex(@"^([A-ZÅÄÖ][A-ZÅÄÖ0-9!]+(?:\s[A-ZÅÄÖ]{2,})*)(?=$|[\s,–-])|\(([A-ZÅÄÖ0-9]{2,})\)|[\s,]([A-ZÅÄÖ][A-ZÅÄÖ0-9!]+(?:\s[A-ZÅÄÖ]{2,})*)$")]
    private static partial Regex AcronymPattern();

    /// <summary>"Siirtymät sujuviksi (SISU)" → SISU, "NOPSA - Nopea …" → NOPSA, "… PURE STEEL-hanke" → PURE STEEL.</summary>
    public static string? AcronymOf(string name)
    {
        var trimmed = Regex.Replace(name, @"[-–\s]hanke$", "", RegexOptions.IgnoreCase).Trim();
        var m = AcronymPattern().Match(trimmed);
        if (!m.Success) return null;
        var value = (m.Groups[1].Success ? m.Groups[1] : m.Groups[2].Success ? m.Groups[2] : m.Groups[3]).Value.Trim();
        return value.Count(char.IsLetter) >= 2 && value.Length < trimmed.Length && value.Length <= 20 ? value : null;
    }

    /// <returns>The practices of the report with the theme codes they were listed under.</returns>
    private async Task<List<(Practice Practice, string[] ThemeCodes)>> ImportPracticesAsync(Network network, ParsedReport report,
        ThemeMap themes, AppendixProjects projects, ImportSummary summary, string source, DateTime now, CancellationToken ct)
    {
        var existing = await db.Practices.AsSplitQuery()
            .Include(p => p.Themes).Include(p => p.Projects).Include(p => p.Organisations).Include(p => p.Regions)
            .Where(p => p.NetworkId == network.Id && p.ImportKey != null && p.ImportKey.StartsWith(KeyPrefix))
            .ToDictionaryAsync(p => p.ImportKey!, ct);
        var extraProjects = new Dictionary<string, Project>();
        var result = new List<(Practice, string[])>();

        var groups = report.Practices
            .Select(p => (Parsed: p, Project: ResolveProject(p.ProjectLabel, projects.Matcher, extraProjects, network, summary, now)))
            .GroupBy(x => KeyPrefix + network.Slug + ":" + NameMatcher<object>.Key(x.Parsed.Title) + "|" + (x.Project.ImportKey ?? x.Project.Id.ToString()));

        foreach (var group in groups)
        {
            var first = group.First();
            var project = first.Project;
            var content = new ImportedContent(
                Title: Truncate(first.Parsed.Title, 300),
                Description: group.Select(g => g.Parsed.Description).OrderByDescending(d => d.Length).First(),
                Kind: group.Any(g => g.Parsed.Kind == PracticeKind.Model) ? PracticeKind.Model : PracticeKind.GoodPractice,
                Period: group.Select(g => g.Parsed.Period).FirstOrDefault(p => p is not null),
                Themes: group.SelectMany(g => new[] { themes.Theme(g.Parsed.ThemeCode), themes.Subtheme(g.Parsed.ThemeCode, g.Parsed.Subtheme) })
                    .OfType<Theme>().Distinct().ToList(),
                Project: project,
                Organisation: project.LeadOrganisation,
                Year: project.EndDate?.Year);
            if (!existing.TryGetValue(group.Key, out var practice))
            {
                practice = new Practice { Network = network, ImportKey = group.Key, CreatedAt = now, UpdatedAt = now, Language = "fi" };
                content.ApplyTo(practice);
                practice.ImportHash = content.Hash();
                practice.PublishImported(now);
                practice.AddRevision(RevisionAction.Imported, null, source, [], now, source);
                db.Practices.Add(practice);
                existing[group.Key] = practice;
                summary.PracticesCreated++;
            }
            else if (practice.ImportHash == content.Hash())
            {
                summary.PracticesUnchanged++;
            }
            else if (practice.ImportHash == ImportedContent.Of(practice).Hash())
            {
                var before = PracticeSnapshot.Of(practice);
                content.ApplyTo(practice);
                practice.ImportHash = content.Hash();
                practice.UpdatedAt = now;
                practice.AddRevision(RevisionAction.Imported, null, source, before.ChangesTo(PracticeSnapshot.Of(practice)), now, source);
                summary.PracticesUpdated++;
            }
            else
            {
                summary.PracticesKeptLocalEdits++;
            }
            result.Add((practice, group.Select(g => g.Parsed.ThemeCode).Distinct().ToArray()));

            // A project that the appendix lists under no theme belongs to the themes of its practices.
            if (!projects.WithThemes.Contains(project))
            {
                foreach (var theme in group.Select(g => themes.Theme(g.Parsed.ThemeCode)).Where(t => !project.Themes.Contains(t)))
                {
                    project.Themes.Add(theme);
                }
            }
        }
        return result;
    }

    private static void CountPerTheme(ParsedReport report, List<(Practice Practice, string[] ThemeCodes)> practices, ImportSummary summary)
    {
        foreach (var theme in report.Themes)
        {
            var inTheme = practices.Where(p => p.ThemeCodes.Contains(theme.Code)).ToList();
            var projectCount = inTheme.SelectMany(p => p.Practice.Projects).Distinct().Count();
            summary.PerTheme[theme.Code] = (theme.Name, inTheme.Count, projectCount);
        }
    }

    private Project ResolveProject(string label, NameMatcher<AppendixProject> projects, Dictionary<string, Project> extra,
        Network network, ImportSummary summary, DateTime now)
    {
        if (projects.Find(label)?.Item.Entity is { } found)
        {
            if (!string.Equals(label, found.Name, StringComparison.Ordinal)) summary.Reconciled[label] = found.Name;
            return found;
        }
        // Not in the appendix: the practice still needs a project, so the label becomes one, and the summary says so.
        summary.UnmatchedProjectNames.Add(label);
        var key = KeyPrefix + NameMatcher<object>.Key(label);
        if (extra.TryGetValue(key, out var project)) return project;
        project = db.Projects.Local.FirstOrDefault(p => p.ImportKey == key);
        if (project is null)
        {
            project = new Project { Network = network, ImportKey = key, CreatedAt = now, UpdatedAt = now };
            project.Rename(label);
            db.Projects.Add(project);
            summary.ProjectsCreated++;
        }
        extra[key] = project;
        return project;
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];

    /// <summary>What the import writes into a practice; its hash tells later imports whether anyone has edited it since.</summary>
    private sealed record ImportedContent(string Title, string Description, PracticeKind Kind, string? Period,
        IReadOnlyList<Theme> Themes, Project Project, Organisation? Organisation, int? Year)
    {
        public void ApplyTo(Practice p)
        {
            if (p.Title != Title) p.Retitle(Title);
            var (summary, more) = SplitSummary(Description);
            p.Summary = summary;
            if (more.Length > 0 || p.ContentAndActions.Length > 0) p.ContentAndActions = more;
            p.Kind = Kind;
            p.CollectionPeriod = Period;
            p.Year = Year;
            foreach (var t in p.Themes.Except(Themes).ToList()) p.Themes.Remove(t);
            foreach (var t in Themes.Except(p.Themes).ToList()) p.Themes.Add(t);
            if (!p.Projects.Contains(Project)) { p.Projects.Clear(); p.Projects.Add(Project); }
            var organisations = Organisation is null ? [] : new List<Organisation> { Organisation };
            foreach (var o in p.Organisations.Except(organisations).ToList()) p.Organisations.Remove(o);
            foreach (var o in organisations.Except(p.Organisations).ToList()) p.Organisations.Add(o);
            // The report names no region: the lead organisation's is where the practice was made. One set by hand stays.
            if (p.Regions.Count == 0 && Organisation?.Region is { } region) p.Regions.Add(region);
        }

        public static ImportedContent Of(Practice p) =>
            new(p.Title, string.IsNullOrEmpty(p.ContentAndActions) ? p.Summary : p.Summary + "\n\n" + p.ContentAndActions,
                p.Kind, p.CollectionPeriod, p.Themes.ToList(), p.Projects.FirstOrDefault()!, p.Organisations.FirstOrDefault(), p.Year);

        public string Hash()
        {
            var text = string.Join("\u001f", Title, Description, Kind, Period ?? "", Year?.ToString() ?? "",
                string.Join(",", Themes.Select(t => t.Code).Order(StringComparer.Ordinal)),
                Project?.Name ?? "", Organisation?.Name ?? "");
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        }

        /// <summary>The summary holds at most its limit; a longer description goes on in the content section.</summary>
        private static (string Summary, string More) SplitSummary(string description)
        {
            if (description.Length <= Practice.SummaryMaxLength) return (description, "");
            var cut = description.LastIndexOf(". ", Practice.SummaryMaxLength - 1, StringComparison.Ordinal);
            if (cut < 200) cut = description.LastIndexOf(' ', Practice.SummaryMaxLength - 1);
            return (description[..(cut + 1)].Trim(), description[(cut + 1)..].Trim());
        }
    }
}

/// <summary>
/// Finds the organisation a report means, or creates it with a guessed type and region. The report's spellings of one
/// organisation (<see cref="OrganisationNames"/>) become one organisation: the spelling the report uses most is its name,
/// the others its other names, so the next import and the organisation search know them too.
/// </summary>
internal sealed class OrganisationFinder
{
    private readonly JuurruDbContext _db;
    private readonly List<Organisation> _all;
    private readonly Dictionary<string, Features.Vocabulary.Region> _regions;
    private readonly Dictionary<string, int> _keyCounts;
    private readonly Dictionary<string, int> _spellingCounts;
    private readonly OrganisationNameGroups _groups = new();

    private OrganisationFinder(JuurruDbContext db, List<Organisation> all, Dictionary<string, Features.Vocabulary.Region> regions, List<string> names)
    {
        _db = db;
        _all = all;
        _regions = regions;
        _keyCounts = names.GroupBy(NameMatcher<object>.Key).ToDictionary(g => g.Key, g => g.Count());
        _spellingCounts = names.GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());
        foreach (var o in all) _groups.Add([o.Name, .. o.OtherNameList]);
        foreach (var name in _spellingCounts.Keys) _groups.Add(name);
    }

    public static async Task<OrganisationFinder> LoadAsync(JuurruDbContext db, IEnumerable<string> namesInReport, CancellationToken ct) =>
        new(db, await db.Organisations.ToListAsync(ct), await db.Regions.ToDictionaryAsync(r => r.Code, ct), namesInReport.ToList());

    /// <summary>Of the names given for one organisation, the one the report uses most (the first on a tie).</summary>
    public string MostCommon(IReadOnlyList<string> names) =>
        names.Select((n, i) => (Name: n, Order: i)).OrderByDescending(x => _keyCounts[NameMatcher<object>.Key(x.Name)])
            .ThenBy(x => x.Order).First().Name;

    public Organisation FindOrCreate(string name, ImportSummary summary)
    {
        var group = _groups.GroupOf(name);
        var found = _all.FirstOrDefault(o => _groups.GroupOf(o.Name) == group);
        if (found is not null)
        {
            found.AddOtherNames([name]); // a spelling it already has is not added twice
            return found;
        }
        // The commonest spelling names it (a city before its department, a plain one before "X (Y)" or "X, Y"); the rest
        // are its other names.
        var spellings = _spellingCounts.Keys.Where(n => _groups.GroupOf(n) == group)
            .OrderBy(OrganisationNames.IsDepartment).ThenByDescending(n => _spellingCounts[n]).ThenByDescending(OrganisationNames.IsPlain).ThenBy(n => n, StringComparer.Ordinal).ToList();
        var main = spellings.FirstOrDefault() ?? name;
        var created = Organisation.Create(main, OrganisationGuess.TypeOf(main));
        created.AddOtherNames(spellings.Append(name));
        if (OrganisationGuess.RegionOf(main) is { } code && _regions.TryGetValue(code, out var region)) created.Region = region;
        _db.Organisations.Add(created);
        _all.Add(created);
        summary.OrganisationsCreated++;
        return created;
    }
}

/// <summary>An import that cannot go on; the message is an English key for the localizer.</summary>
public sealed class ImportException(string message, params object[] args) : Exception(message)
{
    public object[] Args { get; } = args;
}
