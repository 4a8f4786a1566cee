namespace Juurru.Features.Shared;

/// <summary>A contact person on a project card or a practice (stored as JSON with its owner).</summary>
public sealed class ContactPerson
{
    public string Name { get; set; } = "";
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

/// <summary>A titled web link (stored as JSON with its owner).</summary>
public sealed class WebLink
{
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
}
