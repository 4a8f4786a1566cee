using System.Text.Json;
using Juurru.Features.Shared;
using Juurru.Localization;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.OpenData;

public enum ExportFormat
{
    /// <summary>Comma-separated, UTF-8 with BOM; or, for a spreadsheet, in its language's separators.</summary>
    Csv,
    Xlsx,
    /// <summary>JSON Lines: one object per line, for sets too large to parse as one document.</summary>
    Jsonl,
}

public static class ExportFormats
{
    /// <summary>The format of a file name's extension: csv, xlsx or jsonl.</summary>
    public static ExportFormat? Parse(string? extension) => extension switch
    {
        "csv" => ExportFormat.Csv,
        "xlsx" => ExportFormat.Xlsx,
        "jsonl" => ExportFormat.Jsonl,
        _ => null,
    };
}

/// <summary>
/// A whole open-data set as a download, streamed as its rows are read: the header row (or the JSON property names) are
/// the columns' names; the licence goes in a Link header (rel="license"), in every row, and in the workbook's sheet about
/// the file.
/// </summary>
public sealed class OpenDataFile<T>(
    ExportFormat format, string name, string title, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows,
    IReadOnlyList<OpenLicence> licences, string source, string language, bool forSpreadsheet) : IResult
{
    private const int FlushEvery = 100;

    public async Task ExecuteAsync(HttpContext http)
    {
        var response = http.Response;
        var ct = http.RequestAborted;
        var today = Dates.ToHelsinki(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        response.ContentType = format switch
        {
            ExportFormat.Csv => "text/csv; charset=utf-8",
            ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            _ => "application/jsonl; charset=utf-8",
        };
        response.Headers.ContentDisposition = $"attachment; filename=\"juurru-{name}-{today}.{format.ToString().ToLowerInvariant()}\"";
        response.Headers.Link = string.Join(", ", licences.Select(l => $"<{l.Url}>; rel=\"license\"; title=\"{l.Name}\""));
        switch (format)
        {
            case ExportFormat.Csv:
                await Spreadsheets.WriteCsvAsync(response.Body, Table(), ct, forSpreadsheet ? Spreadsheets.SpreadsheetCulture(language) : null);
                break;
            case ExportFormat.Xlsx:
                var L = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                var (data, about) = Cultures.Using(language, () => (L["Data"].Value, About(L, today)));
                await Spreadsheets.WriteXlsxAsync(response.Body, [new TableSheet(data, Table()), new TableSheet(L["About the file"], about)], ct);
                break;
            default:
                await WriteJsonLinesAsync(response, ct);
                break;
        }
    }

    private async IAsyncEnumerable<IReadOnlyList<TableCell>> Table()
    {
        yield return columns.Select(c => (TableCell)c.Name).ToList();
        await foreach (var row in rows) yield return columns.Select(c => c.Cell(row)).ToList();
    }

    private List<IReadOnlyList<TableCell>> About(IStringLocalizer L, string today) =>
    [
        Line(L["About the file"], ""),
        Line(L["Contents"], title),
        Line(L["Source"], source),
        Line(L["Retrieved"], today),
        .. licences.Select(l => Line(L["Licence"], $"{l.Name} {l.Url}")),
    ];

    private static IReadOnlyList<TableCell> Line(string label, string value) => [label, value];

    private async Task WriteJsonLinesAsync(HttpResponse response, CancellationToken ct)
    {
        var body = response.BodyWriter;
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var written = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            json.WriteStartObject();
            foreach (var column in columns) column.Write(json, row);
            json.WriteEndObject();
            json.Flush();
            json.Reset();
            System.Buffers.BuffersExtensions.Write(body, "\n"u8);
            if (++written % FlushEvery == 0) await body.FlushAsync(ct);
        }
        await body.FlushAsync(ct);
    }
}
