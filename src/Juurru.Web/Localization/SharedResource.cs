namespace Juurru.Localization;

/// <summary>Marker type for the one shared set of UI strings (keys are the English sentences).</summary>
public sealed class SharedResource;
