using Juurru.Data;

namespace Juurru.Features.Networks;

/// <summary>
/// A development network or programme (e.g. "Sujuvat siirtymät"). It owns a theme tree,
/// its coordinators edit and publish everything documented in it.
/// </summary>
public sealed class Network
{
    public int Id { get; set; }
    public string Name { get; private set; } = "";
    public string SortKey { get; private set; } = "";

    /// <summary>Short URL-safe name, unique.</summary>
    public required string Slug { get; set; }
    public string Description { get; set; } = "";
    public string? Website { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public List<Theme> Themes { get; set; } = [];
    public List<NetworkCoordinator> Coordinators { get; set; } = [];

    public void Rename(string name)
    {
        Name = name.Trim();
        SortKey = TextKeys.SortKey(Name);
    }
}

/// <summary>A user who coordinates a network.</summary>
public sealed class NetworkCoordinator
{
    public int NetworkId { get; set; }
    public Network? Network { get; set; }
    public required string UserId { get; set; }
}
