namespace Juurru.Features.Surveys.Building;

/// <summary>A builder input that cannot become part of a definition.</summary>
public sealed class DefinitionException(DefinitionError error) : Exception(error.Message)
{
    public DefinitionError Error { get; } = error;
}
