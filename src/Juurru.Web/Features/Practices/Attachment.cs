namespace Juurru.Features.Practices;

/// <summary>A file attached to a practice: stored on disk under a random name, described here.</summary>
public sealed class Attachment
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public Practice? Practice { get; set; }

    /// <summary>The name the uploader gave, cleaned; shown and used in downloads.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The type detected from the content, never the one the browser claimed.</summary>
    public string ContentType { get; set; } = "";
    public long Size { get; set; }

    /// <summary>Random file name under the attachments folder.</summary>
    public string StoredName { get; set; } = "";
    public DateTime UploadedAt { get; set; }
    public string? UploadedById { get; set; }
}
