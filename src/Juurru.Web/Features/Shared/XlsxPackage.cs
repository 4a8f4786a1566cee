using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Juurru.Features.Shared;

/// <summary>
/// An XLSX file written front to back onto a stream that cannot seek (an HTTP body), in constant memory.
/// The Open XML SDK's own package buffers every part in memory until it is closed (System.IO.Packaging opens its
/// zip in update mode; dotnet/Open-XML-SDK#807), which a 100,000-row sheet does not fit. So the package's few fixed
/// parts are written here, the SDK's elements give their XML, and each sheet streams through the SDK's SAX writer
/// into its own zip entry. The bytes gather in a small buffer that <see cref="SendAsync"/> empties asynchronously,
/// because the zip and XML writers write synchronously and Kestrel does not allow synchronous writes.
/// </summary>
public sealed class XlsxPackage : IAsyncDisposable
{
    private const int SendAbove = 64 * 1024;
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SpreadsheetContent = "application/vnd.openxmlformats-officedocument.spreadsheetml";

    private readonly Stream _output;
    private readonly PendingBytes _pending = new();
    private readonly ZipArchive _zip;
    private readonly int _sheets;
    private Stream? _sheet;
    private int _written;

    /// <param name="sheetNames">Valid, unique names (see <see cref="Spreadsheets.SheetName"/>), one per sheet to come.</param>
    public XlsxPackage(Stream output, IReadOnlyList<string> sheetNames, Stylesheet styles)
    {
        _output = output;
        _sheets = sheetNames.Count;
        _zip = new ZipArchive(_pending, ZipArchiveMode.Create, leaveOpen: true);
        var sheetNumbers = Enumerable.Range(1, _sheets).ToList();
        Part("[Content_Types].xml",
            $"""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="{SpreadsheetContent}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="{SpreadsheetContent}.styles+xml"/>{string.Concat(sheetNumbers.Select(n => $"""<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{SpreadsheetContent}.worksheet+xml"/>"""))}</Types>""");
        Part("_rels/.rels",
            $"""<Relationships xmlns="{Relationships}"><Relationship Id="rId1" Type="{OfficeRelationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Part("xl/_rels/workbook.xml.rels",
            $"""<Relationships xmlns="{Relationships}"><Relationship Id="styles" Type="{OfficeRelationships}/styles" Target="styles.xml"/>{string.Concat(sheetNumbers.Select(n => $"""<Relationship Id="sheet{n}" Type="{OfficeRelationships}/worksheet" Target="worksheets/sheet{n}.xml"/>"""))}</Relationships>""");
        Part("xl/workbook.xml", new Workbook(new Sheets(sheetNames.Select((name, i) =>
            new Sheet { Id = $"sheet{i + 1}", SheetId = (uint)(i + 1), Name = name }))).OuterXml);
        Part("xl/styles.xml", styles.OuterXml);
    }

    /// <summary>The writer of the next sheet; dispose it before asking for another.</summary>
    public OpenXmlWriter NextSheet()
    {
        if (_written == _sheets) throw new InvalidOperationException("The workbook was given fewer sheet names.");
        _sheet?.Dispose();
        _sheet = _zip.CreateEntry($"xl/worksheets/sheet{++_written}.xml", CompressionLevel.Fastest).Open();
        var writer = OpenXmlWriter.Create(_sheet, Encoding.UTF8);
        writer.WriteStartDocument(true);
        return writer;
    }

    /// <summary>Sends what has gathered once there is enough of it; call after each row.</summary>
    public Task SendAsync(CancellationToken ct) => _pending.Length >= SendAbove ? _pending.MoveToAsync(_output, ct) : Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        _sheet?.Dispose();
        _zip.Dispose(); // writes the zip's central directory
        await _pending.MoveToAsync(_output, CancellationToken.None);
    }

    private void Part(string name, string xml)
    {
        using var stream = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""");
        writer.Write(xml);
    }

    /// <summary>
    /// Bytes written but not yet sent. It does not seek, so that the zip writes each entry's sizes after its data
    /// instead of going back to its header, which has already been sent.
    /// </summary>
    private sealed class PendingBytes : Stream
    {
        private readonly MemoryStream _bytes = new();
        private long _position;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _bytes.Length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _bytes.Write(buffer);
            _position += buffer.Length;
        }

        public async Task MoveToAsync(Stream output, CancellationToken ct)
        {
            await output.WriteAsync(_bytes.GetBuffer().AsMemory(0, (int)_bytes.Length), ct);
            _bytes.SetLength(0);
        }
    }
}
