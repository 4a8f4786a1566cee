using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Practices;

/// <summary>Keeps attachment files under the configured folder, each under a random name.</summary>
public sealed class AttachmentStore(JuurruPaths paths, IOptions<JuurruOptions> options)
{
    public long MaxBytes => options.Value.Attachments.MaxBytes;

    public sealed record Stored(string StoredName, string FileName, FileType Type, long Size);

    public enum Refusal { None, Empty, TooLarge, UnsupportedType }

    /// <summary>Checks and stores an upload. Nothing is written unless the file is accepted.</summary>
    public async Task<(Stored? File, Refusal Refusal)> SaveAsync(IFormFile upload, CancellationToken ct)
    {
        if (upload.Length == 0) return (null, Refusal.Empty);
        if (upload.Length > MaxBytes) return (null, Refusal.TooLarge);

        await using var buffer = new MemoryStream();
        await using (var input = upload.OpenReadStream()) await input.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxBytes) return (null, Refusal.TooLarge);
        var type = FileTypes.Detect(buffer, upload.FileName);
        if (type is null) return (null, Refusal.UnsupportedType);

        Directory.CreateDirectory(paths.Attachments);
        var storedName = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant() + type.Extension;
        var path = Path.Combine(paths.Attachments, storedName);
        buffer.Position = 0;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            await buffer.CopyToAsync(file, ct);
        }
        return (new Stored(storedName, CleanName(upload.FileName, type), type, buffer.Length), Refusal.None);
    }

    public string PathOf(string storedName) =>
        Path.Combine(paths.Attachments, Path.GetFileName(storedName)); // GetFileName: never leave the folder

    public void Delete(string storedName)
    {
        var path = PathOf(storedName);
        if (File.Exists(path)) File.Delete(path);
    }

    /// <summary>A display name without folders or control characters, ending in the extension of the detected type.</summary>
    public static string CleanName(string claimed, FileType type)
    {
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName(claimed.Replace('\\', '/')));
        var sb = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsControl(c)) continue;
            if (Path.GetInvalidFileNameChars().Contains(c) || c is '"' or ';' or ',' or '\\') sb.Append('_');
            else sb.Append(c);
        }
        var clean = sb.ToString().Trim(' ', '.');
        if (clean.Length == 0) clean = "liite";
        if (clean.Length > 120) clean = clean[..120];
        return clean + type.Extension;
    }
}
