using System.Diagnostics;
using Juurru.Data;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Import;

/// <summary>An import killed (SIGKILL) while it works leaves the bank as it was, and the next import and start are clean.</summary>
public sealed class KilledImportTests
{
    /// <summary>
    /// The review's kill test for imports: `import-report` is killed again and again on a copy of the same new site, each
    /// time a little later after it has begun to write. After every kill the bank holds the whole report or none of it,
    /// with its search index agreeing and no broken reference; then an import runs to its end and the site starts.
    /// </summary>
    [Fact]
    public async Task Killed_while_writing_the_import_leaves_all_or_nothing_and_the_next_import_finishes()
    {
        var report = Seeds.PathOf(Seeds.ZoomiReport);
        using var site = new SiteProcess();
        var (created, output) = await site.RunCommandAsync("rebuild-search-index"); // a new, migrated, empty site
        Assert.True(created == 0, output);
        var pristine = site.Database + ".pristine";
        File.Copy(site.Database, pristine);

        var outcomes = new List<int>();
        var killedWhileRunning = 0;
        foreach (var delay in new[] { 0, 50, 100, 200, 350, 600 })
        {
            File.Copy(pristine, site.Database, overwrite: true);
            site.StartCommand("import-report", report);
            var clock = Stopwatch.StartNew();
            while (!site.Output.Any(line => line.Contains("writing")) && !site.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
                await Task.Delay(5);
            Assert.True(site.Output.Any(line => line.Contains("writing")), string.Join("\n", site.Output));
            await Task.Delay(delay);
            if (!site.HasExited) killedWhileRunning++;
            site.Kill();

            var (practices, indexed, brokenReferences) = await StateAsync(site.Database);
            Assert.Empty(brokenReferences);
            Assert.Equal(practices, indexed);
            outcomes.Add(practices);
        }
        Assert.True(killedWhileRunning >= 3, $"only {killedWhileRunning} kills fell while the import was running");
        Assert.Contains(0, outcomes); // at least one kill fell inside the write transaction, not after it

        var (exitCode, importOutput) = await site.RunCommandAsync("import-report", report);
        Assert.True(exitCode == 0, importOutput);
        var whole = (await StateAsync(site.Database)).Practices;
        Assert.InRange(whole, 215, 225);
        Assert.All(outcomes, count => Assert.True(count == 0 || count == whole, $"a killed import left {count} of {whole} practices"));
        site.Start();
        await site.AnsweringAsync(TimeSpan.FromSeconds(120));
    }

    private static async Task<(int Practices, int Indexed, List<string> BrokenReferences)> StateAsync(string database)
    {
        await using var ctx = new SqliteJuurruDbContext(new DbContextOptionsBuilder<SqliteJuurruDbContext>().UseSqlite($"Data Source={database};Pooling=False").Options);
        var practices = await ctx.Practices.CountAsync(p => p.ImportKey != null && p.ImportKey.StartsWith("report:"));
        var indexed = await ctx.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM search_docs WHERE kind = 'practice'").SingleAsync();
        var broken = await ctx.Database.SqlQueryRaw<string>("SELECT \"table\" AS \"Value\" FROM pragma_foreign_key_check").ToListAsync();
        return (practices, indexed, broken);
    }
}
