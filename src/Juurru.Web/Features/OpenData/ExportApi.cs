using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Juurru.Features.OpenData;

/// <summary>
/// The whole method bank and project registry as files: the list pages' filters apply, every matching row is in the file
/// (rows are read in batches and sent as they are written).
/// </summary>
public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/export").WithTags("Open data");
        group.MapGet("/practices.{format}", PracticesAsync).WithName("ExportPractices")
            .WithSummary("Every published practice the list's filters select, as csv, xlsx or jsonl.")
            .WithDescription("Columns: see docs/OPEN-DATA.md. lang (fi, sv, en) names the workbook's sheets; excel=true writes the CSV in the separators of a spreadsheet in that language. The licence is in each row and in the Link header.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv", additionalContentTypes: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/jsonl"])
            .Produces(StatusCodes.Status404NotFound);
        group.MapGet("/projects.{format}", ProjectsAsync).WithName("ExportProjects")
            .WithSummary("Every project the registry's filters select, as csv, xlsx or jsonl.")
            .WithDescription("Columns: see docs/OPEN-DATA.md; parameters as for the practices.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv", additionalContentTypes: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/jsonl"])
            .Produces(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> PracticesAsync(string format, [AsParameters] PracticeFilter filter, string? lang, bool? excel,
        JuurruDbContext db, Search.PracticeSearch search, IOptions<JuurruOptions> options, IStringLocalizer<SharedResource> L,
        HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        if (ExportFormats.Parse(format) is not { } file) return Results.NotFound();
        var language = Cultures.IsSupported(lang) ? lang! : Cultures.Current;
        if (await UnchangedAsync(db, http, language, clock, ct)) return Results.StatusCode(StatusCodes.Status304NotModified);
        var ids = await search.AllIdsAsync(db, filter, ct);
        var pages = options.Value.Absolute($"/{language}/practices/");
        var query = QueryString.Create(filter.ToQuery().Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value)));
        return new OpenDataFile<PracticeRecord>(file, "practices", Cultures.Using(language, () => L["Practices of the method bank"].Value),
            PracticeExport.Columns((id, title) => pages + id + Slugs.Suffix(title)), PracticeExport.RowsAsync(db, ids, ct),
            await LicencesAsync(db, filter.Network, ct), pages.TrimEnd('/') + query, language, excel == true);
    }

    private static async Task<IResult> ProjectsAsync(string format, [AsParameters] ProjectFilter filter, string? lang, bool? excel,
        JuurruDbContext db, Search.PracticeSearch search, TimeProvider clock, IOptions<JuurruOptions> options, IStringLocalizer<SharedResource> L,
        HttpContext http, CancellationToken ct)
    {
        if (ExportFormats.Parse(format) is not { } file) return Results.NotFound();
        var language = Cultures.IsSupported(lang) ? lang! : Cultures.Current;
        if (await UnchangedAsync(db, http, language, clock, ct)) return Results.StatusCode(StatusCodes.Status304NotModified);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var ids = await db.MatchingIdsAsync(search, filter, today, ct);
        var pages = options.Value.Absolute($"/{language}/projects/");
        return new OpenDataFile<ProjectRecord>(file, "projects", Cultures.Using(language, () => L["Projects of the registry"].Value),
            ProjectExport.Columns((id, name) => pages + id + Slugs.Suffix(name)), ProjectExport.RowsAsync(db, ids, today, ct),
            await LicencesAsync(db, filter.Network, ct), pages.TrimEnd('/'), language, excel == true);
    }

    /// <summary>
    /// Tags the download with the version of what it is made of, and says whether the caller already has that version.
    /// The version: the search index's stamp (renewed by every change to a practice or project), each network's row
    /// version (its licence), the organisations' and themes' versions (their names), the address with its filters, the
    /// language and the day (a project's status is as of
    /// today, the file name has the date). The file itself is never gathered to be hashed (<see cref="ApiETags"/>).
    /// </summary>
    private static async Task<bool> UnchangedAsync(JuurruDbContext db, HttpContext http, string language, TimeProvider clock, CancellationToken ct)
    {
        var index = await Search.SearchStore.For(db).GetMetaAsync(db, Search.FacetTable.VersionKey, ct);
        var networks = await db.Networks.OrderBy(n => n.Id).Select(n => n.Id + ":" + n.Version).ToListAsync(ct);
        // Renaming an organisation or a theme changes the rows that name it; every save adds to a row's version.
        var names = $"{await db.Organisations.SumAsync(o => (long)o.Version, ct)}:{await db.Themes.SumAsync(t => (long)t.Version, ct)}";
        var day = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var version = $"{index}|{string.Join(',', networks)}|{names}|{http.Request.Path}{http.Request.QueryString}|{language}|{day:O}";
        var tag = ApiETags.TagOf(System.Text.Encoding.UTF8.GetBytes(version));
        http.Response.GetTypedHeaders().ETag = tag;
        return ApiETags.Matches(http.Request, tag);
    }

    /// <summary>The licences of the networks a file may hold rows of.</summary>
    private static async Task<IReadOnlyList<OpenLicence>> LicencesAsync(JuurruDbContext db, string? network, CancellationToken ct)
    {
        var ids = await db.Networks.Where(n => network == null || n.Slug == network).Select(n => n.Licence).Distinct().ToListAsync(ct);
        return ids.Select(OpenLicence.For).Distinct().OrderBy(l => l.Id == OpenLicence.Default.Id ? 0 : 1).ThenBy(l => l.Id).ToList() is { Count: > 0 } found
            ? found : [OpenLicence.Default];
    }
}
