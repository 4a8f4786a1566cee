using Juurru.Data;
using Juurru.Features.Evaluation;
using Juurru.Features.Organisations;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Features.Rooting.Adoptions;
using Juurru.Features.Rooting.FollowUps;
using Juurru.Features.Rooting.Indicators;
using Juurru.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Juurru.RootingBench;

/// <summary>
/// Fills "Sujuvat siirtymät" with a large network's rooting (fixed seed): organisations, projects ending 2019–2028,
/// published practices (a quarter models, a third evaluated) under the network's themes, four common indicators and one
/// own indicator per project with the measurements spread over them, adoptions, and the follow-ups of the ended projects
/// with their answers. Written directly with EF Core in batches, without the search index (the dashboard does not use it).
/// </summary>
public static class Generator
{
    public static async Task<int> RunAsync(string database, int practiceCount, int projectCount, int measurementCount)
    {
        var options = new DbContextOptionsBuilder<SqliteJuurruDbContext>().UseSqlite($"Data Source={database}").Options;
        var random = new Random(2026);
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        await using var db = new SqliteJuurruDbContext(options);
        var network = await db.Networks.Include(n => n.Themes).SingleAsync(n => n.Slug == Juurru.Data.Seeding.ReferenceData.TransitionsNetworkSlug);
        var regions = await db.Regions.Select(r => r.Id).ToListAsync();
        var subthemes = network.Themes.Where(t => t.ParentId is not null).ToList();

        var organisations = Enumerable.Range(1, 300).Select(i =>
        {
            var o = Organisation.Create($"Organisaatio {i}", (OrganisationType)(i % 8));
            o.RegionId = regions[i % regions.Count];
            return o;
        }).ToList();
        db.Organisations.AddRange(organisations);
        await db.SaveChangesAsync();

        var commons = new[] { "Osallistujat", "Järjestetyt tilaisuudet", "Dokumentoidut käytännöt", "Tavoitetut opiskelijat" }
            .Select((name, i) => new CommonIndicator { NetworkId = network.Id, Name = LocalizedText.Of(name, name, name), Kind = IndicatorKind.Count, SortOrder = i, CreatedAt = now })
            .ToList();
        db.CommonIndicators.AddRange(commons);
        var rounds = DefaultCriteria.For(network.Id);
        db.Criteria.AddRange(rounds);
        await db.SaveChangesAsync();

        var projects = new List<Project>();
        for (var i = 0; i < projectCount; i++)
        {
            var end = new DateOnly(2019, 1, 1).AddDays(random.Next(0, 365 * 10));
            var p = new Project { NetworkId = network.Id, StartDate = end.AddYears(-3), EndDate = end, LeadOrganisationId = organisations[random.Next(organisations.Count)].Id, CreatedAt = now, UpdatedAt = now };
            p.Rename($"Hanke {i + 1}");
            projects.Add(p);
        }
        db.Projects.AddRange(projects);
        await db.SaveChangesAsync();

        // Indicators: the four common ones and one of its own per project; the measurements spread evenly over them.
        var indicators = new List<Indicator>();
        foreach (var project in projects)
        {
            foreach (var common in commons) indicators.Add(Indicator.ForProject(project.Id, common));
            indicators.Add(Indicator.ForProject(project.Id, null));
        }
        var perIndicator = Math.Max(1, measurementCount / indicators.Count);
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var project = projects[i / (commons.Count + 1)];
            var target = random.Next(50, 1000);
            indicator.Define(new IndicatorTerms("Oma mittari", "kpl", IndicatorKind.Count, IndicatorDirection.Increase, 0, project.StartDate, target, project.EndDate, "Rekisteri"));
            indicator.CreatedAt = indicator.UpdatedAt = now;
            for (var m = 0; m < perIndicator; m++)
                indicator.Measure(project.StartDate!.Value.AddMonths(m * 36 / perIndicator), target * (m + 1) / perIndicator + random.Next(0, 20), "Rekisteri", "");
            db.Indicators.Add(indicator);
            // Saved in batches but kept tracked: the indicators refer to the common ones by their tracked objects.
            if (i % 500 == 499) await db.SaveChangesAsync();
        }
        await SaveAsync(db);

        // Practices: ten per project on average, each under a subtheme (and its theme).
        var published = new List<(int Id, int ProjectId)>();
        for (var done = 0; done < practiceCount; done += 1_000)
        {
            var batch = new List<(Practice Practice, Project Project)>();
            for (var i = done; i < Math.Min(practiceCount, done + 1_000); i++)
            {
                var project = projects[random.Next(projects.Count)];
                var practice = new Practice
                {
                    NetworkId = network.Id, Kind = random.Next(4) == 0 ? PracticeKind.Model : PracticeKind.GoodPractice, Summary = "Tiivistelmä.",
                    Language = "fi", Year = project.EndDate!.Value.Year, CreatedAt = now, UpdatedAt = now,
                };
                practice.Retitle($"Käytäntö {i + 1}");
                var sub = subthemes[random.Next(subthemes.Count)];
                practice.Themes.Add(await db.Themes.FindAsync(sub.Id) ?? sub);
                practice.Themes.Add(await db.Themes.FindAsync(sub.ParentId!.Value) ?? sub.Parent!);
                practice.Projects.Add(await db.Projects.FindAsync(project.Id) ?? project);
                practice.PublishImported(now);
                db.Practices.Add(practice);
                batch.Add((practice, project));
            }
            await db.SaveChangesAsync();
            published.AddRange(batch.Select(b => (b.Practice.Id, b.Project.Id)));
            db.ChangeTracker.Clear();
        }
        // A third evaluated, through a closed round's decision.
        var round = EvaluationRound.Start(network.Id, "Kierros", today, "", rounds, published.Take(1).Select(p => p.Id), now);
        db.EvaluationRounds.Add(round);
        await db.SaveChangesAsync();
        var decisions = new[] { "Model", "GoodPractice", "NeedsWork" };
        foreach (var chunk in published.Where((_, i) => i % 3 == 0).Chunk(2_000))
        {
            var ids = chunk.Select(c => c.Id).ToList();
            foreach (var p in await db.Practices.Where(p => ids.Contains(p.Id)).ToListAsync())
                p.RecordDecision(Enum.Parse<EvaluationDecision>(decisions[random.Next(3)]), round.Id, now, false);
            await SaveAsync(db);
        }

        // Adoptions: two organisations per practice on average, begun in the years around the project's end.
        var byProject = published.ToLookup(p => p.ProjectId, p => p.Id);
        var adoptions = 0;
        foreach (var (practiceId, projectId) in published)
        {
            var end = projects.First(p => p.Id == projectId).EndDate!.Value;
            foreach (var org in organisations.OrderBy(_ => random.Next()).Take(random.Next(0, 5)))
            {
                var since = end.AddMonths(random.Next(-24, 24));
                var at = since > today ? now : since.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                var status = (AdoptionStatus)random.Next(3);
                db.Adoptions.Add(Adoption.Record(practiceId, org.Id, new AdoptionTerms(since > today ? today : since, AdoptionScope.Unit, "", status,
                    status == AdoptionStatus.Stopped ? "Resurssit loppuivat" : "", "", "Tiimi", $"tiimi{org.Id}@example.org", "fi", false),
                    AdoptionSource.Member, "bench", at));
                if (++adoptions % 2_000 == 0) await SaveAsync(db);
            }
        }
        await SaveAsync(db);

        // Follow-ups of the ended projects (12 and 24 months), sent when due, answered by one to three organisations per practice.
        var answers = 0;
        foreach (var project in projects.Where(p => p.EndDate < today))
        {
            foreach (var months in new[] { 12, 24 })
            {
                var due = project.EndDate!.Value.AddMonths(months);
                var followUp = new FollowUp
                {
                    ProjectId = project.Id, NetworkId = network.Id, Months = months, DueOn = due, CreatedAt = now,
                    State = due <= today ? FollowUpState.Sent : FollowUpState.Scheduled, SentAt = due <= today ? due.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null,
                };
                db.FollowUps.Add(followUp);
                await db.SaveChangesAsync();
                if (followUp.State != FollowUpState.Sent) continue;
                foreach (var practiceId in byProject[project.Id])
                {
                    foreach (var org in organisations.OrderBy(_ => random.Next()).Take(random.Next(1, 4)))
                    {
                        db.FollowUpAnswers.Add(new FollowUpAnswer
                        {
                            FollowUpId = followUp.Id, PracticeId = practiceId, OrganisationId = org.Id, Use = (RootingUse)random.Next(5),
                            Places = ["daily"], AnsweredAt = followUp.SentAt!.Value.AddDays(5),
                        });
                        answers++;
                    }
                }
            }
            await SaveAsync(db);
        }
        // The practices' rooting summaries, as the application keeps them.
        foreach (var chunk in published.Select(p => p.Id).Chunk(2_000))
        {
            await AdoptionWork.RefreshAsync(db, chunk, default);
            await SaveAsync(db);
        }
        Console.WriteLine($"generated: {projects.Count} projects, {published.Count} practices, {indicators.Count} indicators with " +
                          $"{await db.Measurements.CountAsync()} measurements, {adoptions} adoptions, {await db.FollowUps.CountAsync()} follow-ups with {answers} answers");
        return 0;
    }

    private static async Task SaveAsync(JuurruDbContext db)
    {
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
