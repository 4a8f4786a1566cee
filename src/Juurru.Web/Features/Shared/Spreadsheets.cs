using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Juurru.Features.Shared;

/// <summary>A cell of a downloaded table: its text, and whether a spreadsheet should read it as a number.</summary>
public readonly record struct TableCell(string? Value, bool Numeric = false)
{
    public static implicit operator TableCell(string? value) => new(value);
    public static TableCell Number(decimal? value) => new(value?.ToString("0.##", CultureInfo.InvariantCulture), true);
}

/// <summary>Tables as CSV (UTF-8 with BOM, formulas escaped) and XLSX (written with the SAX writer, one sheet).</summary>
public static class Spreadsheets
{
    public static async Task WriteCsvAsync(Stream output, IEnumerable<IReadOnlyList<TableCell>> rows, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        // Texts may come from users: a leading = + - @ is escaped, so a spreadsheet never runs one as a formula.
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape });
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var cell in row) csv.WriteField(cell.Value);
            await csv.NextRecordAsync();
        }
    }

    public static Task WriteXlsxAsync(Stream output, string sheet, IEnumerable<IReadOnlyList<TableCell>> rows, CancellationToken ct) =>
        WriteXlsxAsync(output, sheet, rows.ToAsyncEnumerable(), ct);

    /// <summary>Rows are written as they come, so memory stays flat however many there are.</summary>
    public static async Task WriteXlsxAsync(Stream output, string sheet, IAsyncEnumerable<IReadOnlyList<TableCell>> rows, CancellationToken ct)
    {
        // The package needs a seekable stream; the HTTP body is not one.
        await using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheetPart))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                await foreach (var row in rows.WithCancellation(ct)) WriteRow(writer, row);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheet }));
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }

    /// <summary>One row: numbers as numbers, everything else as inline text.</summary>
    private static void WriteRow(OpenXmlWriter writer, IEnumerable<TableCell> cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var (value, numeric) in cells)
        {
            if (value is null)
            {
                writer.WriteElement(new Cell());
            }
            else if (numeric && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(value) });
            }
            else
            {
                writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(TypedText.Clean(value))) });
            }
        }
        writer.WriteEndElement();
    }
}
