using Juurru.Data;

namespace Juurru.Features.Networks;

/// <summary>
/// A development network or programme (e.g. "Sujuvat siirtymät"). It owns a theme tree,
/// its coordinators edit and publish everything documented in it.
/// </summary>
public sealed class Network : Data.IVersioned
{
    /// <summary>Concurrency token: see <see cref="Data.IVersioned"/>.</summary>
    public int Version { get; set; }

    public int Id { get; set; }
    public string Name { get; private set; } = "";
    public string SortKey { get; private set; } = "";

    /// <summary>Short URL-safe name, unique.</summary>
    public required string Slug { get; set; }
    public string Description { get; set; } = "";
    public string? Website { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>The open licence of what the network publishes (SPDX identifier): see <see cref="OpenData.OpenLicence"/>.</summary>
    public string Licence { get; set; } = OpenData.OpenLicence.Default.Id;

    /// <summary>How many months after a project's end its rooting follow-ups are due (see Features/Rooting/FollowUps).</summary>
    public List<int> FollowUpMonths { get; set; } = [12, 24];

    public List<Theme> Themes { get; set; } = [];
    public List<NetworkCoordinator> Coordinators { get; set; } = [];

    public void Rename(string name)
    {
        Name = name.Trim();
        SortKey = TextKeys.SortKey(Name);
    }

    /// <summary>Adds a theme tree given in order: a one-letter code is a theme, a longer one a subtheme of the theme whose code it starts with.</summary>
    public void AddThemes(IEnumerable<(string Code, string Name)> themes)
    {
        var order = Themes.Count == 0 ? 0 : Themes.Max(t => t.SortOrder) + 1;
        foreach (var (code, name) in themes)
        {
            var theme = new Theme { Code = code, SortOrder = order++, Network = this };
            theme.Rename(name);
            if (code.Length > 1) theme.Parent = Themes.Single(t => t.Code == code[..1]);
            Themes.Add(theme);
        }
    }
}

/// <summary>A user who coordinates a network.</summary>
public sealed class NetworkCoordinator
{
    public int NetworkId { get; set; }
    public Network? Network { get; set; }
    public required string UserId { get; set; }
}
