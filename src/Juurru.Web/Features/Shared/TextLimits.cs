using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Juurru.Features.Shared;

/// <summary>
/// Every text a form binds has a length limit: a field that declares none gets <see cref="Default"/>, checked on the
/// server like a declared one (with the same message) and written into the form as maxlength by the tag helpers.
/// A request body too large to be any form is refused before binding (FormOptions, see WebSetup).
/// </summary>
public sealed class TextLimits : IValidationMetadataProvider
{
    /// <summary>The longest free text: a practice's section or a long comment, about eight printed pages.</summary>
    public const int Default = 20_000;

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        if (context.Key.MetadataKind != Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.ModelMetadataKind.Property) return;
        if (context.Key.ModelType != typeof(string)) return;
        if (context.ValidationMetadata.ValidatorMetadata.Any(v => v is StringLengthAttribute or MaxLengthAttribute)) return;
        if (context.Key.ContainerType?.Namespace?.StartsWith("Juurru", StringComparison.Ordinal) != true) return;
        context.ValidationMetadata.ValidatorMetadata.Add(new StringLengthAttribute(Default) { ErrorMessage = "A text can be at most {1} characters long." });
    }
}
