using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Juurru.Tests.Infrastructure;

public static class Workbooks
{
    /// <summary>A downloaded workbook's sheets by name, each as rows of cell texts (a date cell as its serial number).</summary>
    public static async Task<Dictionary<string, List<List<string>>>> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var copy = new MemoryStream();
        await response.Content.CopyToAsync(copy);
        using var workbook = SpreadsheetDocument.Open(copy, false);
        var part = workbook.WorkbookPart!;
        return part.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s => ((WorksheetPart)part.GetPartById(s.Id!)).Worksheet
            .Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList());
    }
}
