using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Juurru.Features.Shared;

/// <summary>
/// A cell of a downloaded table: its text (numbers in invariant form), whether a spreadsheet should read it as a number,
/// and for a point in time the Helsinki time it stands for (a date cell in a workbook).
/// </summary>
public readonly record struct TableCell(string? Value, bool Numeric = false, DateTime? Time = null)
{
    public static implicit operator TableCell(string? value) => new(value);
    public static TableCell Number(decimal? value) => new(value?.ToString("0.##", CultureInfo.InvariantCulture), true);
    public static TableCell Number(double? value) => new(value?.ToString("0.###", CultureInfo.InvariantCulture), true);

    /// <summary>A UTC time shown as Helsinki time, to the minute.</summary>
    public static TableCell HelsinkiTime(DateTime? utc) => utc is { } t
        ? new(Dates.ToHelsinki(t).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), false, Dates.ToHelsinki(t))
        : new(null);
}

/// <summary>One sheet of a workbook: its name and its rows.</summary>
public sealed record TableSheet(string Name, IAsyncEnumerable<IReadOnlyList<TableCell>> Rows)
{
    public TableSheet(string name, IEnumerable<IReadOnlyList<TableCell>> rows) : this(name, rows.ToAsyncEnumerable()) { }
}

/// <summary>
/// Tables as CSV (UTF-8 with BOM, formulas escaped) and XLSX (written with the SAX writer). CSV comes in two forms: the
/// machine form (commas, decimal points: what programs and the imports read) and the form a spreadsheet of the reader's
/// language opens directly by double-click (Finnish and Swedish Excel: semicolons and decimal commas).
/// </summary>
public static class Spreadsheets
{
    /// <summary>The culture whose separators a spreadsheet in this UI language expects.</summary>
    public static CultureInfo SpreadsheetCulture(string language)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(language switch { "sv" => "sv-FI", "en" => "en-GB", _ => "fi-FI" }).Clone();
        culture.NumberFormat.NegativeSign = "-"; // ICU's Finnish minus (U+2212) is not read back as a number
        return culture;
    }

    public static Task WriteCsvAsync(Stream output, IEnumerable<IReadOnlyList<TableCell>> rows, CancellationToken ct, CultureInfo? spreadsheet = null) =>
        WriteCsvAsync(output, rows.ToAsyncEnumerable(), ct, spreadsheet);

    /// <param name="spreadsheet">For a spreadsheet of that culture: its list separator and decimal separator; null for the machine form.</param>
    public static async Task WriteCsvAsync(Stream output, IAsyncEnumerable<IReadOnlyList<TableCell>> rows, CancellationToken ct, CultureInfo? spreadsheet = null)
    {
        await using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture);
        if (spreadsheet is not null) configuration.Delimiter = spreadsheet.TextInfo.ListSeparator;
        await using var csv = new CsvWriter(writer, configuration);
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var cell in row)
            {
                if (!cell.Numeric || !double.TryParse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) csv.WriteField(NoFormula(cell.Value));
                else csv.WriteField(spreadsheet is null ? cell.Value : number.ToString("0.###", spreadsheet));
            }
            await csv.NextRecordAsync();
        }
    }

    /// <summary>
    /// Texts may come from users: one that begins with = + - @ (or a tab or return) gets a leading apostrophe, so a
    /// spreadsheet never runs it as a formula. Numbers are written as numbers, so a negative one stays a number.
    /// </summary>
    private static string? NoFormula(string? text) => text is [ '=' or '+' or '-' or '@' or '\t' or '\r', ..] ? "'" + text : text;

    public static Task WriteXlsxAsync(Stream output, string sheet, IEnumerable<IReadOnlyList<TableCell>> rows, CancellationToken ct) =>
        WriteXlsxAsync(output, [new TableSheet(sheet, rows)], ct);

    public static Task WriteXlsxAsync(Stream output, string sheet, IAsyncEnumerable<IReadOnlyList<TableCell>> rows, CancellationToken ct) =>
        WriteXlsxAsync(output, [new TableSheet(sheet, rows)], ct);

    /// <summary>
    /// A workbook of the sheets in order; the first row of each is a header, in bold and kept in view when scrolling.
    /// Rows are written as they come, in constant memory: see <see cref="XlsxPackage"/>.
    /// </summary>
    public static async Task WriteXlsxAsync(Stream output, IReadOnlyList<TableSheet> sheets, CancellationToken ct)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using var package = new XlsxPackage(output, sheets.Select(s => SheetName(s.Name, names)).ToList(), Styles());
        foreach (var sheet in sheets)
        {
            using var writer = package.NextSheet();
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { WorkbookViewId = 0 }));
            writer.WriteStartElement(new SheetData());
            var header = true;
            await foreach (var row in sheet.Rows.WithCancellation(ct))
            {
                WriteRow(writer, row, header);
                header = false;
                await package.SendAsync(ct);
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
    }

    /// <summary>A name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook.</summary>
    public static string SheetName(string wanted, ISet<string> taken)
    {
        var name = new string(wanted.Select(c => "[]:*?/\\".Contains(c) ? ' ' : c).ToArray()).Trim('\'', ' ');
        if (name.Length == 0) name = "Taulukko";
        name = name[..Math.Min(name.Length, 31)];
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++) candidate = $"{name[..Math.Min(name.Length, 31 - $" ({n})".Length)]} ({n})";
        return candidate;
    }

    private const uint DateStyle = 1, HeaderStyle = 2;

    /// <summary>The fewest styles Excel needs, plus a date-and-time format and a bold header.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true }) { Count = 3 });

    /// <summary>One row: numbers as numbers, times as dates, everything else as inline text.</summary>
    private static void WriteRow(OpenXmlWriter writer, IEnumerable<TableCell> cells, bool header)
    {
        writer.WriteStartElement(new Row());
        foreach (var (value, numeric, time) in cells)
        {
            if (value is null)
            {
                writer.WriteElement(new Cell());
            }
            else if (time is { } t)
            {
                writer.WriteElement(new Cell { StyleIndex = DateStyle, CellValue = new CellValue(t.ToOADate().ToString(CultureInfo.InvariantCulture)) });
            }
            else if (numeric && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(value) });
            }
            else
            {
                var cell = new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(TypedText.Clean(value))) };
                if (header) cell.StyleIndex = HeaderStyle;
                writer.WriteElement(cell);
            }
        }
        writer.WriteEndElement();
    }
}
