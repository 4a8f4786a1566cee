using System.Security.Cryptography;
using Juurru.Data;
using Juurru.Features.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Juurru.SurveyBench;

/// <summary>
/// Writes the benchmark's two surveys into a migrated SQLite database (see bench/surveys.sh): an open survey to load with
/// submissions, and a closed one with a published report and a number of sent responses. Prints their addresses.
/// </summary>
public static class Setup
{
    public static async Task<int> RunAsync(string database, int loadQuestions, int reportQuestions, int responses)
    {
        var options = new DbContextOptionsBuilder<SqliteJuurruDbContext>().UseSqlite($"Data Source={database}").Options;
        var now = DateTime.UtcNow;
        await using var db = new SqliteJuurruDbContext(options);
        var network = await db.Networks.SingleAsync(n => n.Slug == Data.Seeding.ReferenceData.TransitionsNetworkSlug);

        var load = new Survey { NetworkId = network.Id, OpensAt = now.AddDays(-1), ClosesAt = now.AddDays(30), CreatedAt = now, UpdatedAt = now };
        load.Define(BenchSurvey.Definition(loadQuestions, "Kuormituskysely"));
        var report = new Survey { NetworkId = network.Id, OpensAt = now.AddDays(-60), ClosesAt = now.AddDays(-1), CreatedAt = now, UpdatedAt = now };
        report.Define(BenchSurvey.Definition(reportQuestions, "Raporttikysely"));
        report.PublishReport();
        db.Surveys.AddRange(load, report);
        await db.SaveChangesAsync();

        var random = new Random(2026);
        for (var done = 0; done < responses; done += 2_000)
        {
            for (var i = done; i < Math.Min(responses, done + 2_000); i++)
            {
                var answers = new Answers();
                foreach (var (key, values) in BenchSurvey.Answer(report.Definition, random)) answers.Set(key, values);
                var at = now.AddDays(-60).AddMinutes(i * 5);
                db.SurveyResponses.Add(new SurveyResponse
                {
                    SurveyId = report.Id, Key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(),
                    Status = ResponseStatus.Submitted, Language = "fi", AnswersJson = answers.ToJson(), StartedAt = at, UpdatedAt = at, SubmittedAt = at,
                });
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        Console.WriteLine($"load-link {load.LinkKey}");
        Console.WriteLine($"report-id {report.Id}");
        Console.WriteLine($"report-key {report.ReportKey}");
        return 0;
    }
}
