using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juurru.Features.Shared;

namespace Juurru.Tests.Features.Shared;

public sealed class SpreadsheetsTests
{
    [Fact]
    public async Task A_workbook_opens_with_its_sheets_named_and_its_cells_typed()
    {
        using var output = new MemoryStream();
        await Spreadsheets.WriteXlsxAsync(output, [
            new TableSheet("Käytännöt", [["Nimi", "Vuosi"], ["=Mallinnus", TableCell.Number(2021m)]]),
            new TableSheet("Käytännöt", [["Lisenssi"], ["CC BY 4.0"]]),
        ], CancellationToken.None);

        output.Position = 0;
        using var document = SpreadsheetDocument.Open(output, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Käytännöt", "Käytännöt (2)"], sheets.Select(s => s.Name!.Value));
        var first = ((WorksheetPart)workbook.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal("=Mallinnus", first[1].Elements<Cell>().First().InnerText); // text, not a formula
        Assert.Null(first[1].Elements<Cell>().First().CellFormula);
        Assert.Equal(CellValues.Number, first[1].Elements<Cell>().Last().DataType!.Value);
        Assert.Equal("2021", first[1].Elements<Cell>().Last().InnerText);
        var second = ((WorksheetPart)workbook.GetPartById(sheets[1].Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal("CC BY 4.0", second[1].InnerText);
    }

    [Fact]
    public async Task A_long_sheet_is_sent_while_its_rows_are_still_coming()
    {
        using var output = new MemoryStream();
        long sentBeforeLastRow = 0;
        async IAsyncEnumerable<IReadOnlyList<TableCell>> Rows()
        {
            yield return ["Nimi", "Teksti"];
            for (var i = 0; i < 20_000; i++)
            {
                yield return [$"Käytäntö {i}", new string((char)('a' + i % 26), 200) + i];
                await Task.Yield();
            }
            sentBeforeLastRow = output.Length;
        }

        await Spreadsheets.WriteXlsxAsync(output, [new TableSheet("Käytännöt", Rows())], CancellationToken.None);

        Assert.True(sentBeforeLastRow > output.Length / 2, $"{sentBeforeLastRow} of {output.Length} bytes were sent before the last row");
        output.Position = 0;
        using var document = SpreadsheetDocument.Open(output, false);
        using var reader = DocumentFormat.OpenXml.OpenXmlReader.Create(document.WorkbookPart!.WorksheetParts.Single());
        var rows = 0;
        while (reader.Read()) if (reader.ElementType == typeof(Row) && reader.IsStartElement) rows++;
        Assert.Equal(20_001, rows);
    }
}
