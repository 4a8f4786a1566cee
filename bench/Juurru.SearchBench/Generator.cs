using Juurru.Data;
using Juurru.Features.Organisations;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Features.Shared;
using Juurru.Features.Vocabulary;
using Microsoft.EntityFrameworkCore;

namespace Juurru.SearchBench;

/// <summary>
/// Fills a migrated SQLite database (see bench/search.sh) with synthetic organisations, projects and published
/// practices of the method bank's template, in the "Sujuvat siirtymät" network. The context is made without the
/// application's services, so nothing is indexed here: the rebuild that follows measures indexing alone.
/// </summary>
public static class Generator
{
    public static async Task<int> RunAsync(string database, int practices, Vocabulary words, Vocabulary[] topics, int seed)
    {
        var options = new DbContextOptionsBuilder<SqliteJuurruDbContext>().UseSqlite($"Data Source={database}").Options;
        var random = new Random(seed);
        var now = DateTime.UtcNow;
        await using (var db = new SqliteJuurruDbContext(options))
        {
            var network = await db.Networks.Include(n => n.Themes).SingleAsync(n => n.Slug == Data.Seeding.ReferenceData.TransitionsNetworkSlug);
            var subthemes = network.Themes.Where(t => t.ParentId != null).ToList();
            var regions = await db.Regions.ToListAsync();
            string Name(int min, int max) => string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => words.Next(random)));

            var targetGroups = Enumerable.Range(0, 12).Select(_ => TargetGroup.Create(Capital(Name(1, 3)))).DistinctBy(t => t.NormalizedName).ToList();
            var organisations = Enumerable.Range(0, 800).Select(i =>
            {
                var o = Organisation.Create($"{Capital(Name(1, 2))} {Suffixes[i % Suffixes.Length]} {i}", (OrganisationType)(i % 5));
                o.Region = regions[random.Next(regions.Count)];
                return o;
            }).ToList();
            var projects = Enumerable.Range(0, 3_000).Select(i =>
            {
                var p = new Project { Network = network, LeadOrganisation = organisations[random.Next(organisations.Count)], Description = words.Text(random, 40, 120) };
                p.Rename($"{Capital(Name(2, 5))} {i}");
                var start = new DateOnly(2015 + random.Next(10), 1 + random.Next(12), 1);
                p.StartDate = start;
                p.EndDate = start.AddYears(2).AddDays(-1);
                p.Themes.Add(subthemes[random.Next(subthemes.Count)]);
                p.Regions.Add(regions[random.Next(regions.Count)]);
                return p;
            }).ToList();
            db.AddRange(targetGroups);
            db.AddRange(organisations);
            db.AddRange(projects);
            await db.SaveChangesAsync();
        }

        await using var context = new SqliteJuurruDbContext(options);
        var lookups = await LoadLookupsAsync(context);
        const int batch = 2_000;
        for (var done = 0; done < practices; done += batch)
        {
            for (var i = done; i < Math.Min(practices, done + batch); i++)
            {
                var project = lookups.Projects[random.Next(lookups.Projects.Count)];
                Vocabulary[] about = [topics[random.Next(topics.Length)], topics[random.Next(topics.Length)]];
                var theme = project.Themes[0];
                var p = new Practice
                {
                    NetworkId = project.NetworkId,
                    Kind = random.Next(10) == 0 ? PracticeKind.Model : PracticeKind.GoodPractice,
                    Summary = words.Text(random, 25, 60, about),
                    GoalAndTargetGroup = words.Text(random, 30, 80, about),
                    ContentAndActions = words.Text(random, 80, 250, about),
                    ResultsAndIndicators = random.Next(2) == 0 ? words.Text(random, 20, 80, about) : "",
                    Year = project.EndDate?.Year,
                    Language = "fi",
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                p.Retitle(words.Sentence(random, 3, 8, about[0]).TrimEnd('.'));
                p.Projects.Add(project);
                p.Themes.Add(theme);
                p.Themes.Add(lookups.Themes[theme.ParentId!.Value]);
                p.Regions.Add(project.Regions[0]);
                p.TargetGroups.Add(lookups.TargetGroups[random.Next(lookups.TargetGroups.Count)]);
                p.Contacts.Add(new ContactPerson { Name = "Testi Henkilö", Email = "testi@example.org" });
                p.PublishImported(now);
                context.Practices.Add(p);
            }
            await context.SaveChangesAsync();
            context.ChangeTracker.Clear();
            lookups = await LoadLookupsAsync(context);
            Console.Write($"\r{Math.Min(practices, done + batch)} practices");
        }
        Console.WriteLine();
        return 0;
    }

    private static readonly string[] Suffixes = ["ammattiopisto", "kaupunki", "ry", "ammattikorkeakoulu", "säätiö"];

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private sealed record Lookups(List<Project> Projects, Dictionary<int, Juurru.Features.Networks.Theme> Themes, List<TargetGroup> TargetGroups);

    private static async Task<Lookups> LoadLookupsAsync(JuurruDbContext db) => new(
        await db.Projects.Include(p => p.Themes).Include(p => p.Regions).ToListAsync(),
        await db.Themes.ToDictionaryAsync(t => t.Id),
        await db.TargetGroups.ToListAsync());
}
