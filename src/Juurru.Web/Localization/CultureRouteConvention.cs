using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Juurru.Localization;

/// <summary>Puts the language first in every page's URL (/fi/…, /sv/…, /en/…) so that links can be shared in a language.</summary>
public sealed class CultureRouteConvention : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        // The error page is reached by re-execution and finds its language from the failed address.
        if (model.ViewEnginePath == "/Home/Error") return;
        foreach (var selector in model.Selectors)
        {
            var route = selector.AttributeRouteModel;
            if (route is null) continue;
            route.Template = AttributeRouteModel.CombineTemplates("{culture:culture}", route.Template?.TrimStart('/') ?? "");
        }
    }
}

/// <summary>Route constraint that accepts only the supported UI languages.</summary>
public sealed class CultureRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && Cultures.IsSupported(value as string);
}
