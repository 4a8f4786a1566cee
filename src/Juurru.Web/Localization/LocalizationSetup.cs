using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Localization.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Juurru.Localization;

public static class LocalizationSetup
{
    public static WebApplicationBuilder AddJuurruLocalization(this WebApplicationBuilder builder)
    {
        // Registered before AddLocalization so that it wins over the resx-based factory.
        builder.Services.AddSingleton(Translations.Load());
        builder.Services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        builder.Services.AddLocalization();
        builder.Services.Configure<RouteOptions>(o => o.ConstraintMap["culture"] = typeof(CultureRouteConstraint));
        builder.Services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedBindingMessages>();
        builder.Services.AddSingleton<UrlHelperFactory>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IUrlHelperFactory, CultureUrlHelperFactory>());
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Cultures.Supported.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(Cultures.Default);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders =
            [
                new RouteDataRequestCultureProvider { RouteDataStringKey = "culture", UIRouteDataStringKey = "culture" },
                new ReExecutedPathCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    /// <summary>The model binder's own messages ("The value '' is invalid.") in the user's language.</summary>
    private sealed class LocalizedBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
    {
        public void Configure(MvcOptions options)
        {
            var L = factory.Create(typeof(SharedResource));
            var m = options.ModelBindingMessageProvider;
            m.SetAttemptedValueIsInvalidAccessor((value, field) => L["The value '{0}' is not valid for {1}.", value, field]);
            m.SetMissingBindRequiredValueAccessor(field => L["{0} is required.", field]);
            m.SetMissingKeyOrValueAccessor(() => L["A value is required."]);
            m.SetMissingRequestBodyRequiredValueAccessor(() => L["A value is required."]);
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => L["The value '{0}' is not valid.", value]);
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => L["The value is not valid."]);
            m.SetNonPropertyValueMustBeANumberAccessor(() => L["The value must be a number."]);
            m.SetUnknownValueIsInvalidAccessor(field => L["The value is not valid for {0}.", field]);
            m.SetValueIsInvalidAccessor(value => L["The value '{0}' is not valid.", value]);
            m.SetValueMustBeANumberAccessor(field => L["{0} must be a number.", field]);
            m.SetValueMustNotBeNullAccessor(value => L["A value is required."]);
        }
    }
}
