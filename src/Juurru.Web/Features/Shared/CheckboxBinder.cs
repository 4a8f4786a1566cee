using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Juurru.Features.Shared;

/// <summary>
/// A yes/no field is a checkbox: a form sends "true" (with the hidden "false") when it is ticked and "false" when it is
/// not. Any other value means not ticked. MVC's own binder would keep "abc" as an attempted value that the checkbox
/// tag helper then fails to render; a checkbox cannot be typed into, so there is nothing to tell the user.
/// </summary>
public sealed class CheckboxBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var values = context.ValueProvider.GetValue(context.ModelName);
        if (values == ValueProviderResult.None) return Task.CompletedTask;
        var ticked = values.Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(v, "on", StringComparison.OrdinalIgnoreCase));
        context.ModelState.SetModelValue(context.ModelName, ticked, ticked ? "true" : "false");
        context.Result = ModelBindingResult.Success(ticked);
        return Task.CompletedTask;
    }
}

public sealed class CheckboxBinderProvider : IModelBinderProvider
{
    private static readonly CheckboxBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) => context.Metadata.ModelType == typeof(bool) ? Binder : null;
}
