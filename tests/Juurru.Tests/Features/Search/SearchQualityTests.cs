using System.Net.Http.Json;
using System.Text.Json;
using Juurru.Data.Seeding;
using Juurru.Features.Import;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Search;

/// <summary>
/// The quality harness of docs/SEARCH.md: judged Finnish queries over the practices of the ZOOMI report, through
/// GET /api/v1/search, scored by recall@10 and nDCG@10; on PostgreSQL also PostgreSQL's own 'finnish'
/// configuration over the same texts, as the baseline. Figures are written to the test output.
/// </summary>
public sealed class SearchQualityTests
{
    private const int K = 10;

    [Theory, Databases]
    public async Task Judged_queries_find_what_they_mean_well_above_the_postgres_finnish_baseline(Db db)
    {
        var judged = JudgedQuery.Load();
        var report = Seeds.Read(Seeds.ZoomiReport);
        await using var app = await JuurruApp.StartAsync(db);
        await app.WithServiceAsync<ReportImporter, ImportSummary>(i => i.ImportAsync(report, ReferenceData.TransitionsNetworkSlug, "test"));
        var client = app.CreateClient();

        var ours = await Metrics.MeasureAsync(judged, async query =>
        {
            var response = await client.GetFromJsonAsync<JsonElement>($"/api/v1/search?pageSize={K}&q={Uri.EscapeDataString(query)}");
            return response.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
        });
        Write($"Juurru search on {db}", ours);
        Assert.True(ours.Recall >= 0.90, $"recall@10 {ours.Recall:0.000}");
        Assert.True(ours.Ndcg >= 0.80, $"nDCG@10 {ours.Ndcg:0.000}");

        if (db != Db.Postgres) return;
        var baseline = await Metrics.MeasureAsync(judged, query => app.WithDbAsync(ctx => PostgresFinnishTopAsync(ctx, query)));
        Write("PostgreSQL 'finnish' configuration (baseline)", baseline);
        Assert.True(ours.Recall >= baseline.Recall + 0.15, $"recall@10 {ours.Recall:0.000} vs baseline {baseline.Recall:0.000}");
        Assert.True(ours.Ndcg >= baseline.Ndcg + 0.15, $"nDCG@10 {ours.Ndcg:0.000} vs baseline {baseline.Ndcg:0.000}");
    }

    /// <summary>
    /// The same report on both databases answers every judged query with the same practices (their order may
    /// differ: BM25 in SQLite, ts_rank in PostgreSQL; each is measured by the quality test above).
    /// </summary>
    [Fact]
    public async Task Sqlite_and_postgres_find_the_same_practices_for_every_judged_query()
    {
        Assert.SkipWhen(TestDatabase.PostgresServer is null && Environment.GetEnvironmentVariable("JUURRU_REQUIRE_POSTGRES") != "1",
            TestDatabase.PostgresSkipReason ?? "PostgreSQL is not configured.");
        var report = Seeds.Read(Seeds.ZoomiReport);
        var answers = new List<Dictionary<string, (int Total, string First, HashSet<string> All)>>();
        foreach (var db in (Db[])[Db.Sqlite, Db.Postgres])
        {
            await using var app = await JuurruApp.StartAsync(db);
            await app.WithServiceAsync<ReportImporter, ImportSummary>(i => i.ImportAsync(report, ReferenceData.TransitionsNetworkSlug, "test"));
            var client = app.CreateClient();
            var answer = new Dictionary<string, (int, string, HashSet<string>)>();
            foreach (var q in JudgedQuery.Load())
            {
                var response = await client.GetFromJsonAsync<JsonElement>($"/api/v1/search?pageSize=100&q={Uri.EscapeDataString(q.Query)}");
                var titles = response.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
                answer[q.Query] = (response.GetProperty("total").GetInt32(), titles.FirstOrDefault() ?? "", titles.ToHashSet());
            }
            answers.Add(answer);
        }
        var differences = answers[0].Keys
            .Where(q => answers[0][q].Total != answers[1][q].Total || !answers[0][q].All.SetEquals(answers[1][q].All))
            .Select(q => $"{q}: SQLite {answers[0][q].Total} ({answers[0][q].First}), PostgreSQL {answers[1][q].Total} ({answers[1][q].First})")
            .ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    /// <summary>What PostgreSQL finds by itself: Snowball stems, title weighted above the texts, websearch syntax for quotes.</summary>
    private static async Task<List<string>> PostgresFinnishTopAsync(Juurru.Data.JuurruDbContext ctx, string query)
    {
        const string body = """
            coalesce("Summary",'') || ' ' || coalesce("GoalAndTargetGroup",'') || ' ' || coalesce("ContentAndActions",'') || ' ' ||
            coalesce("StaffInduction",'') || ' ' || coalesce("Marketing",'') || ' ' || coalesce("Materials",'') || ' ' ||
            coalesce("Resources",'') || ' ' || coalesce("ResultsAndIndicators",'')
            """;
        var sql = $$"""
            SELECT "Title" FROM (
                SELECT "Title", setweight(to_tsvector('finnish', "Title"), 'A') || setweight(to_tsvector('finnish', {{body}}), 'C') AS v
                FROM "Practices" WHERE "Status" = 'Published') p
            WHERE v @@ websearch_to_tsquery('finnish', @q)
            ORDER BY ts_rank('{0.03, 0.1, 0.4, 1.0}', v, websearch_to_tsquery('finnish', @q)) DESC, "Title"
            LIMIT {{K}}
            """;
        await ctx.Database.OpenConnectionAsync();
        await using var cmd = ctx.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = sql;
        var p = cmd.CreateParameter();
        p.ParameterName = "q";
        p.Value = query;
        cmd.Parameters.Add(p);
        var titles = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) titles.Add(reader.GetString(0));
        return titles;
    }

    private static void Write(string what, Metrics m)
    {
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"{what}: recall@10 {m.Recall:0.000}, nDCG@10 {m.Ndcg:0.000}, MRR {m.Mrr:0.000}, zero results {m.ZeroResults} of {m.Queries}");
        foreach (var (query, recall, ndcg) in m.PerQuery.Where(q => q.Recall < 1 || q.Ndcg < 0.8))
            output.WriteLine($"  {query}: recall {recall:0.00}, nDCG {ndcg:0.00}");
    }
}

/// <summary>The judged set kept in judged-queries.json: a query and the titles of the practices relevant to it, graded 1–2.</summary>
public sealed record JudgedQuery(string Query, IReadOnlyDictionary<string, int> Relevant)
{
    public static IReadOnlyList<JudgedQuery> Load()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Features", "Search", "judged-queries.json"));
        var doc = JsonDocument.Parse(file);
        return doc.RootElement.GetProperty("queries").EnumerateArray()
            .Select(q => new JudgedQuery(q.GetProperty("query").GetString()!,
                q.GetProperty("relevant").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32())))
            .ToList();
    }
}

/// <summary>
/// recall@10 = relevant results in the top ten ÷ min(10, relevant practices), so that a query with more than ten
/// relevant practices can reach 1; nDCG@10 with gains 2^grade − 1; MRR of the first relevant result.
/// </summary>
public sealed record Metrics(double Recall, double Ndcg, double Mrr, int ZeroResults, int Queries, IReadOnlyList<(string Query, double Recall, double Ndcg)> PerQuery)
{
    public static async Task<Metrics> MeasureAsync(IReadOnlyList<JudgedQuery> judged, Func<string, Task<List<string>>> search)
    {
        var per = new List<(string, double, double, double, bool)>();
        foreach (var q in judged)
        {
            var top = (await search(q.Query)).Take(10).ToList();
            var hits = top.Count(q.Relevant.ContainsKey);
            var recall = (double)hits / Math.Max(1, Math.Min(10, q.Relevant.Count));
            var dcg = top.Select((t, i) => (Math.Pow(2, q.Relevant.GetValueOrDefault(t)) - 1) / Math.Log2(i + 2)).Sum();
            var ideal = q.Relevant.Values.OrderDescending().Take(10).Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
            var first = top.FindIndex(q.Relevant.ContainsKey);
            per.Add((q.Query, recall, ideal == 0 ? 0 : dcg / ideal, first < 0 ? 0 : 1.0 / (first + 1), top.Count == 0));
        }
        return new Metrics(per.Average(p => p.Item2), per.Average(p => p.Item3), per.Average(p => p.Item4), per.Count(p => p.Item5), per.Count,
            per.Select(p => (p.Item1, p.Item2, p.Item3)).ToList());
    }
}
