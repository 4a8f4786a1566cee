using Juurru.Data;

namespace Juurru.Features.Vocabulary;

/// <summary>A free keyword of practices. Created when an editor first types it.</summary>
public sealed class Keyword
{
    public int Id { get; set; }
    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";

    public static Keyword Create(string name) => new() { Name = name.Trim(), NormalizedName = TextKeys.Normalize(name) };
}

/// <summary>A target group (kohderyhmä) of practices and projects. Created when an editor first types it.</summary>
public sealed class TargetGroup
{
    public int Id { get; set; }
    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";

    public static TargetGroup Create(string name) => new() { Name = name.Trim(), NormalizedName = TextKeys.Normalize(name) };
}
