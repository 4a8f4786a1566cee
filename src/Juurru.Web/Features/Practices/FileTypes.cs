using System.IO.Compression;
using System.Text;

namespace Juurru.Features.Practices;

/// <summary>A file type accepted as an attachment, recognised from the file's first bytes and structure.</summary>
public sealed record FileType(string ContentType, string Extension, bool Inline);

/// <summary>
/// Recognises PDF, Office documents (OOXML, ODF and the old binary formats) and raster images by their content.
/// What the browser claims and what the name says are not trusted; SVG and macro-enabled documents are refused.
/// </summary>
public static class FileTypes
{
    public static readonly FileType Pdf = new("application/pdf", ".pdf", false);
    public static readonly FileType Png = new("image/png", ".png", true);
    public static readonly FileType Jpeg = new("image/jpeg", ".jpg", true);
    public static readonly FileType Gif = new("image/gif", ".gif", true);
    public static readonly FileType Webp = new("image/webp", ".webp", true);
    public static readonly FileType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", false);
    public static readonly FileType Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", false);
    public static readonly FileType Pptx = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx", false);
    public static readonly FileType Odt = new("application/vnd.oasis.opendocument.text", ".odt", false);
    public static readonly FileType Ods = new("application/vnd.oasis.opendocument.spreadsheet", ".ods", false);
    public static readonly FileType Odp = new("application/vnd.oasis.opendocument.presentation", ".odp", false);
    public static readonly FileType Doc = new("application/msword", ".doc", false);
    public static readonly FileType Xls = new("application/vnd.ms-excel", ".xls", false);
    public static readonly FileType Ppt = new("application/vnd.ms-powerpoint", ".ppt", false);

    /// <summary>The type of a seekable stream's content, or null when it is not an accepted kind of file.</summary>
    public static FileType? Detect(Stream content, string claimedName)
    {
        Span<byte> head = stackalloc byte[16];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        head = head[..read];

        if (head.StartsWith("%PDF-"u8)) return Pdf;
        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return Png;
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return Jpeg;
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return Gif;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return Webp;
        if (head.StartsWith(new byte[] { 0x50, 0x4B, 0x03, 0x04 })) return DetectZipDocument(content);
        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            // The old binary Office formats share one container; the name tells which of the three it is.
            return Path.GetExtension(claimedName).ToLowerInvariant() switch
            {
                ".doc" => Doc,
                ".xls" => Xls,
                ".ppt" => Ppt,
                _ => null,
            };
        }
        return null;
    }

    private static FileType? DetectZipDocument(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))) return null;
            if (names.Contains("[Content_Types].xml"))
            {
                if (names.Any(n => n.StartsWith("word/", StringComparison.OrdinalIgnoreCase))) return Docx;
                if (names.Any(n => n.StartsWith("xl/", StringComparison.OrdinalIgnoreCase))) return Xlsx;
                if (names.Any(n => n.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase))) return Pptx;
                return null;
            }
            var mimetype = zip.GetEntry("mimetype");
            if (mimetype is null) return null;
            using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
            return reader.ReadToEnd().Trim() switch
            {
                "application/vnd.oasis.opendocument.text" => Odt,
                "application/vnd.oasis.opendocument.spreadsheet" => Ods,
                "application/vnd.oasis.opendocument.presentation" => Odp,
                _ => null,
            };
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
