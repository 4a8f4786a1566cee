using Microsoft.AspNetCore.Identity;

namespace Juurru.Identity;

public sealed class User : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>Site-wide roles. Coordinators are per network and members per project, so those are relations, not roles.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
}
