using System.Globalization;
using System.Text.Json;
using Juurru.Features.Shared;

namespace Juurru.Features.OpenData;

/// <summary>
/// One column of an open-data download, the same in every format: its name is the CSV and XLSX header and the JSON
/// property. A value is text, a whole or decimal number, a UTC time, a date, a yes/no, or a list of texts (one cell
/// joined by "; " in tables, an array in JSON).
/// </summary>
public sealed record ExportColumn<T>(string Name, Func<T, object?> Value)
{
    /// <summary>Between the items of a list in one table cell.</summary>
    public const string ListSeparator = "; ";

    public TableCell Cell(T row) => Value(row) switch
    {
        null => new TableCell(null),
        string text => text,
        int number => TableCell.Number((decimal)number),
        decimal number => TableCell.Number(number),
        bool flag => flag ? "true" : "false",
        DateTime utc => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join(ListSeparator, list),
        var other => throw new InvalidOperationException($"An export column cannot hold {other.GetType()}."),
    };

    public void Write(Utf8JsonWriter json, T row)
    {
        json.WritePropertyName(Name);
        switch (Value(row))
        {
            case null: json.WriteNullValue(); break;
            case string text: json.WriteStringValue(text); break;
            case int number: json.WriteNumberValue(number); break;
            case decimal number: json.WriteNumberValue(number); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case DateTime utc: json.WriteStringValue(utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)); break;
            case DateOnly date: json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case IEnumerable<string> list:
                json.WriteStartArray();
                foreach (var item in list) json.WriteStringValue(item);
                json.WriteEndArray();
                break;
            case var other: throw new InvalidOperationException($"An export column cannot hold {other.GetType()}.");
        }
    }
}
