using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;

namespace Juurru.Localization;

/// <summary>
/// Endpoint routing drops ambient route values when a link points to another page, so "/fi/…" would not carry over
/// to links, forms and redirects. Every URL helper therefore adds the current language unless a link sets its own.
/// </summary>
public sealed class CultureUrlHelperFactory(UrlHelperFactory inner) : IUrlHelperFactory
{
    public IUrlHelper GetUrlHelper(ActionContext context) => new CultureUrlHelper(inner.GetUrlHelper(context));

    private sealed class CultureUrlHelper(IUrlHelper inner) : IUrlHelper
    {
        public ActionContext ActionContext => inner.ActionContext;
        public string? Action(UrlActionContext actionContext)
        {
            actionContext.Values = WithCulture(actionContext.Values);
            return inner.Action(actionContext);
        }
        public string? Content(string? contentPath) => inner.Content(contentPath);
        public bool IsLocalUrl(string? url) => inner.IsLocalUrl(url);
        public string? Link(string? routeName, object? values) => inner.Link(routeName, WithCulture(values));
        public string? RouteUrl(UrlRouteContext routeContext)
        {
            routeContext.Values = WithCulture(routeContext.Values);
            return inner.RouteUrl(routeContext);
        }

        private RouteValueDictionary WithCulture(object? values)
        {
            var result = new RouteValueDictionary(values);
            if (!result.ContainsKey("culture"))
            {
                var current = ActionContext.RouteData.Values["culture"] as string;
                result["culture"] = Cultures.IsSupported(current) ? current : Cultures.Current;
            }
            return result;
        }
    }
}
