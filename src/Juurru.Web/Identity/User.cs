using Microsoft.AspNetCore.Identity;

namespace Juurru.Identity;

public sealed class User : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    /// <summary>The language of the messages Juurru sends them (fi, sv or en); chosen at registration by the page's language.</summary>
    public string Language { get; set; } = Localization.Cultures.Default;
    /// <summary>
    /// Set when the person deleted their account: the row stays only so that what they wrote keeps its place (evaluations,
    /// histories); their address, password, name and memberships are gone (<see cref="Features.Account.AccountDeletion"/>).
    /// </summary>
    public DateTime? DeletedAt { get; set; }
}

/// <summary>Site-wide roles. Coordinators are per network and members per project, so those are relations, not roles.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
}
