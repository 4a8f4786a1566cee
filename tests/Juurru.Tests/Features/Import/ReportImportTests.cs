using System.Data.Common;
using Juurru.Data;
using Juurru.Data.Seeding;
using Juurru.Features.Import;
using Juurru.Features.Organisations;
using Juurru.Features.Practices;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Juurru.Tests.Features.Import;

/// <summary>The ZOOMI report imported into a database, on both providers.</summary>
public sealed class ReportImportTests
{
    private static Task<ImportSummary> ImportAsync(JuurruApp app, string text) =>
        app.WithServiceAsync<ReportImporter, ImportSummary>(i => i.ImportAsync(text, ReferenceData.TransitionsNetworkSlug, "test"));

    [Theory, Databases]
    public async Task Imports_every_practice_linked_to_its_project_from_the_appendix(Db db)
    {
        var text = Seeds.Read(Seeds.ZoomiReport);
        await using var app = await JuurruApp.StartAsync(db);

        var summary = await ImportAsync(app, text);

        Assert.InRange(summary.PracticesCreated, 215, 225);
        Assert.Empty(summary.UnmatchedProjectNames);
        await app.WithDbAsync(async ctx =>
        {
            var practices = await ctx.Practices.AsNoTracking()
                .Include(p => p.Projects).ThenInclude(p => p.LeadOrganisation)
                .Include(p => p.Themes)
                .ToListAsync();
            Assert.Equal(summary.PracticesCreated, practices.Count);
            Assert.All(practices, p => Assert.Equal(PracticeStatus.Published, p.Status));
            Assert.All(practices, p => Assert.Single(p.Projects));
            // Every practice sits under a theme and one of its subthemes.
            Assert.All(practices, p => Assert.Contains(p.Themes, t => t.ParentId is not null));
            var withLeadAndEnd = practices.Count(p => p.Projects[0].LeadOrganisation is not null && p.Projects[0].EndDate is not null);
            Assert.True(withLeadAndEnd >= 0.95 * practices.Count, $"{withLeadAndEnd} of {practices.Count} practices have a project with a lead organisation and an end date.");

            var conscripts = practices.Single(p => p.Title == "Varusmiesten tavoittaminen nivelvaiheessa");
            Assert.Equal("Suunnitelma B", conscripts.Projects[0].Name);
            Assert.Equal("Korpisaaren Säätiö", conscripts.Projects[0].LeadOrganisation!.Name);
            Assert.Equal(new DateOnly(2017, 6, 30), conscripts.Projects[0].EndDate);
            Assert.Equal(2017, conscripts.Year);

            var checklists = practices.Single(p => p.Title == "HENKILÖKOHTAISTAMINEN - Muistilistat");
            Assert.Equal(PracticeKind.Model, checklists.Kind);
            Assert.Equal("SOPU - Sujuvat omat polut", checklists.Projects[0].Name);

            Assert.Equal("Opin portailla Pohjois-Pohjanmaalla", practices.Single(p => p.Title == "Mentoritoiminta").Projects[0].Name);
            Assert.StartsWith("VETOVOIMALA", practices.Single(p => p.Title.StartsWith("Ruori")).Projects[0].Name);
            Assert.StartsWith("#Hyvinvoiva amis", practices.Single(p => p.Title == "#Valmennus-pilotti").Projects[0].Name);

            var network = await ctx.Networks.Include(n => n.Themes).SingleAsync(n => n.Slug == ReferenceData.TransitionsNetworkSlug);
            Assert.Equal(["A", "B", "C", "D"], network.Themes.Where(t => t.ParentId == null).Select(t => t.Code).Order());
            Assert.Equal(24, network.Themes.Count(t => t.ParentId != null)); // the shipped subthemes were matched, none added
            Assert.Equal(0, summary.ThemesCreated);
        });
    }

    /// <summary>The report spells some organisations several ways; each real organisation becomes one, with the other spellings kept.</summary>
    [Theory, Databases]
    public async Task Spellings_of_one_organisation_become_one_and_different_ones_stay_apart(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);

        await ImportAsync(app, Seeds.Read(Seeds.ZoomiReport));

        var organisations = await app.WithDbAsync(ctx => ctx.Organisations.AsNoTracking().ToListAsync());
        Organisation Named(string name) => Assert.Single(organisations, o => o.Name == name || o.OtherNameList.Contains(name));
        var diak = Named("Diakonia-ammattikorkeakoulu Oy");
        Assert.Same(diak, Named("Diakonia-ammattikorkeakoulu (Diak)"));
        Assert.Same(diak, Named("Diakonia-Ammattikorkeakoulu"));
        Assert.Same(Named("Winnova"), Named("Länsirannikon Koulutus Oy, WinNova"));
        var turku = Named("Turun kaupunki");
        Assert.Equal("Turun kaupunki", turku.Name); // the city, not its department, names it
        Assert.Same(turku, Named("Turun kaupungin sivistystoimiala"));
        // Similar names of different organisations are not merged.
        string[] distinct = ["Diakonissalaitos", "Helsingin Diakonissalaitoksen säätiö", "Oulun Diakonissalaitoksen Säätiö", "Suomen Diakoniaopisto Oy", "Turun yliopisto"];
        Assert.Equal(distinct.Length + 3, distinct.Select(Named).Append(diak).Append(turku).Append(Named("Winnova")).Distinct().Count());
        // The report gives practices no region: each gets its lead organisation's (Turku: Varsinais-Suomi).
        var turkuRegions = await app.WithDbAsync(ctx => ctx.Practices.Where(p => p.Organisations.Any(o => o.Id == turku.Id))
            .Select(p => p.Regions.Select(r => r.Code).ToList()).ToListAsync());
        Assert.NotEmpty(turkuRegions);
        Assert.All(turkuRegions, codes => Assert.Equal(["MK02"], codes));
        // The other names are searchable.
        using var visitor = app.NewBrowser();
        var found = await visitor.PageAsync("/fi/organisations?q=sivistystoimiala");
        Assert.Contains("Turun kaupunki", found.QuerySelector("main")!.TextContent);
        Assert.Contains("Turun kaupungin sivistystoimiala", (await visitor.PageAsync($"/fi/organisations/{turku.Id}")).QuerySelector(".facts")!.TextContent);
    }

    [Theory, Databases]
    public async Task Importing_the_same_report_again_changes_nothing(Db db)
    {
        var text = Seeds.Read(Seeds.ZoomiReport);
        await using var app = await JuurruApp.StartAsync(db);
        var first = await ImportAsync(app, text);
        var counts = await CountsAsync(app);

        var second = await ImportAsync(app, text);

        Assert.False(second.ChangedAnything);
        Assert.Equal(first.PracticesCreated, second.PracticesUnchanged);
        Assert.Equal(counts, await CountsAsync(app));
    }

    [Theory, Databases]
    public async Task A_practice_edited_in_Juurru_is_not_overwritten_by_a_new_import(Db db)
    {
        var text = Seeds.Read(Seeds.ZoomiReport);
        await using var app = await JuurruApp.StartAsync(db);
        await ImportAsync(app, text);
        await app.WithDbAsync(async ctx =>
        {
            var p = await ctx.Practices.SingleAsync(x => x.Title == "Varusmiesten tavoittaminen nivelvaiheessa");
            p.Summary = "Kuvausta on täydennetty Juurrussa.";
            await ctx.SaveChangesAsync();
        });

        var again = await ImportAsync(app, text.Replace("Varusmiestoimikunta järjestää", "Varusmiestoimikunta järjestää nykyään"));

        Assert.Equal(1, again.PracticesKeptLocalEdits);
        var summary = await app.WithDbAsync(ctx => ctx.Practices.Where(x => x.Title == "Varusmiesten tavoittaminen nivelvaiheessa").Select(x => x.Summary).SingleAsync());
        Assert.Equal("Kuvausta on täydennetty Juurrussa.", summary);
    }

    /// <summary>
    /// The import works out its changes without holding the write lock, so an edit can land between its reading and
    /// its writing. It must not be overwritten: the import's save is refused by the practice's version, and the import
    /// reads again and finds the practice edited in Juurru.
    /// </summary>
    [Theory, Databases]
    public async Task An_edit_saved_while_the_import_works_is_kept_and_the_import_reads_again(Db db)
    {
        var text = Seeds.Read(Seeds.ZoomiReport);
        await using var app = await JuurruApp.StartAsync(db);
        await ImportAsync(app, text);
        var race = new EditBeforeTheFirstWrite(app, async ctx =>
        {
            var p = await ctx.Practices.SingleAsync(x => x.Title == "Varusmiesten tavoittaminen nivelvaiheessa");
            p.Summary = "Kuvausta täydennettiin Juurrussa tuonnin aikana.";
        });

        var again = await app.WithServiceAsync<IServiceProvider, ImportSummary>(async services =>
        {
            await using var ctx = ContextWith(services, race);
            var importer = ActivatorUtilities.CreateInstance<ReportImporter>(services, ctx);
            return await importer.ImportAsync(text.Replace("Varusmiestoimikunta järjestää", "Varusmiestoimikunta järjestää nykyään"),
                ReferenceData.TransitionsNetworkSlug, "test");
        });

        Assert.True(race.Edited);
        Assert.Equal(1, again.PracticesKeptLocalEdits);
        Assert.Equal(0, again.PracticesUpdated);
        var summary = await app.WithDbAsync(ctx => ctx.Practices.Where(x => x.Title == "Varusmiesten tavoittaminen nivelvaiheessa").Select(x => x.Summary).SingleAsync());
        Assert.Equal("Kuvausta täydennettiin Juurrussa tuonnin aikana.", summary);
    }

    /// <summary>The application's context (same options, same services) with one interceptor more.</summary>
    private static JuurruDbContext ContextWith(IServiceProvider services, IInterceptor interceptor) =>
        services.GetRequiredService<JuurruDbContext>() is SqliteJuurruDbContext
            ? new SqliteJuurruDbContext(new DbContextOptionsBuilder<SqliteJuurruDbContext>(
                services.GetRequiredService<DbContextOptions<SqliteJuurruDbContext>>()).AddInterceptors(interceptor).Options)
            : new PostgresJuurruDbContext(new DbContextOptionsBuilder<PostgresJuurruDbContext>(
                services.GetRequiredService<DbContextOptions<PostgresJuurruDbContext>>()).AddInterceptors(interceptor).Options);

    /// <summary>Saves an edit through another session when the import is about to begin its write transaction, once.</summary>
    private sealed class EditBeforeTheFirstWrite(JuurruApp app, Func<JuurruDbContext, Task> edit) : DbTransactionInterceptor
    {
        public bool Edited { get; private set; }

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
            TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken ct = default)
        {
            if (!Edited)
            {
                Edited = true;
                await app.WithDbAsync(async ctx =>
                {
                    await edit(ctx);
                    await ctx.SaveChangesAsync(ct);
                });
            }
            return result;
        }
    }

    [Theory, Databases]
    public async Task A_changed_description_in_the_report_updates_the_practice_and_its_history(Db db)
    {
        var text = Seeds.Read(Seeds.ZoomiReport);
        await using var app = await JuurruApp.StartAsync(db);
        await ImportAsync(app, text);

        var again = await ImportAsync(app, text.Replace("Varusmiestoimikunta järjestää", "Varusmiestoimikunta järjestää nykyään"));

        Assert.Equal(1, again.PracticesUpdated);
        var revisions = await app.WithDbAsync(ctx => ctx.PracticeRevisions.Where(r => r.Practice!.Title == "Varusmiesten tavoittaminen nivelvaiheessa").ToListAsync());
        Assert.Equal(2, revisions.Count);
        Assert.Contains(revisions, r => r.Changes.Any(c => c.Field == PracticeField.Summary && c.New.Contains("nykyään")));
    }

    [Theory, Databases]
    public async Task A_file_that_is_not_a_report_is_refused_and_nothing_is_written(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var before = await CountsAsync(app);

        var other = Seeds.Read("001_18a820eab1643237.txt");
        await Assert.ThrowsAsync<ReportFormatException>(() => ImportAsync(app, other));
        // A report cut off before its appendix is refused as a whole, not half-imported.
        var zoomi = Seeds.Read(Seeds.ZoomiReport);
        await Assert.ThrowsAsync<ReportFormatException>(() => ImportAsync(app, zoomi[..zoomi.IndexOf("## LIITE: Hankekuvaukset", StringComparison.Ordinal)]));

        Assert.Equal(before, await CountsAsync(app));
    }

    [Fact]
    public async Task The_command_prints_a_summary_and_refuses_a_wrong_file_with_a_message()
    {
        var path = Seeds.PathOf(Seeds.ZoomiReport);
        await using var app = await JuurruApp.StartAsync(Db.Sqlite);
        var L = app.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Juurru.Localization.SharedResource>>();
        var summary = await ImportAsync(app, await File.ReadAllTextAsync(path));
        var output = new StringWriter();
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("fi");

        await ImportReport.WriteAsync(output, summary, L);

        var text = output.ToString();
        Assert.Contains("Käytännöt ja hankkeet teemoittain:", text);
        Assert.Contains("A. Sujuva siirtymä koulutukseen:", text);
        Assert.Contains("Yhdistetyt hankenimet", text);
        Assert.Contains("Vetovoimalla → VETOVOIMALA", text);
    }

    private static Task<(int Practices, int Projects, int Organisations, int Themes, int Revisions)> CountsAsync(JuurruApp app) =>
        app.WithDbAsync(async ctx => (await ctx.Practices.CountAsync(), await ctx.Projects.CountAsync(), await ctx.Organisations.CountAsync(),
            await ctx.Themes.CountAsync(), await ctx.PracticeRevisions.CountAsync()));
}
