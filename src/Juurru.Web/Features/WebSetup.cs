using Juurru.Features.OpenData;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Juurru.Features;

/// <summary>Razor Pages, security headers, error pages and the language prefix: the web shell every feature lives in.</summary>
public static class WebSetup
{
    public static WebApplicationBuilder AddJuurruPages(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.Add(new CultureRouteConvention());
            })
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddMvcOptions(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add(new SaveConflicts());
                o.ModelBinderProviders.Insert(0, new Shared.CheckboxBinderProvider());
                o.ModelMetadataDetailsProviders.Add(new Shared.TextLimits());
            });
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "juurru.af";
            o.FormFieldName = "__af";
        });
        // No single form value is longer than the largest text a form takes (a survey definition pasted as JSON).
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.ValueLengthLimit = Surveys.SurveyFormat.MaxBytes + 64 * 1024);
        // Behind a reverse proxy: the client's address (rate limits, sign-in throttling) and scheme (HSTS, secure cookies)
        // come from X-Forwarded-For/-Proto, trusted only from the loopback and the proxies named in Juurru:TrustedProxies,
        // and only one hop deep, so that a client cannot pass itself off as another.
        builder.Services.AddOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<JuurruOptions>>((o, juurru) =>
            {
                o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
                foreach (var proxy in juurru.Value.TrustedProxies)
                {
                    if (System.Net.IPNetwork.TryParse(proxy, out var network)) o.KnownIPNetworks.Add(network);
                    else o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
                }
            });
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Shared.PdfPrinter>(); // reports as PDF where Chromium is installed
        // Finnish and Swedish letters as themselves in the HTML, not as &#xE4; entities.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // Open data speaks in names: "kind": "Model", not "kind": 0.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Juurru open data API";
            doc.Info.Description = "Published practices, projects and networks of the Juurru method bank.";
            return Task.CompletedTask;
        }).AddOperationTransformer<OpenData.ApiExamples>());
        return builder;
    }

    public static WebApplication UseJuurruWeb(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<JuurruOptions>>().Value;
        Shared.Markdown.AllowImagesFrom(options.ImageHosts);
        // Images only from this site and the allowed hosts, in the browser too (Markdown turns others into links).
        var imageSources = string.Join(" ", options.ImageHosts.Select(h => "https://" + h.Trim()).Prepend("'self' data:"));
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }
        app.Use((ctx, next) => SecurityHeaders(ctx, next, imageSources));
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"),
            branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        // The API explains its refusals as problem details (RFC 9457) instead of an empty body.
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), branch => branch.UseStatusCodePages());
        app.UseUnreadableRequests();
        app.UseHeadLikeGet();
        app.UseApiETags();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseStaffTwoFactor();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapGet("/", (HttpContext ctx) => Results.Redirect($"/{PreferredCulture(ctx)}")).ExcludeFromDescription();
        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json");
        return app;
    }

    private static string PreferredCulture(HttpContext ctx)
    {
        foreach (var language in ctx.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1))
        {
            var two = language.Value.Value?.Split('-')[0].ToLowerInvariant();
            if (Cultures.IsSupported(two)) return two!;
        }
        return Cultures.Default;
    }

    private static Task SecurityHeaders(HttpContext ctx, Func<Task> next, string imageSources)
    {
        var h = ctx.Response.Headers;
        h.XContentTypeOptions = "nosniff";
        // Only the embeddable lists may be framed, by any site (an organisation's own pages); nothing else.
        var framed = Embedding.EmbedFraming.MayBeFramed(ctx.Request.Path);
        if (!framed) h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "strict-origin-when-cross-origin";
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        // No inline script or style anywhere: the pages work without JavaScript and the CSS is one file.
        h.ContentSecurityPolicy = $"default-src 'self'; img-src {imageSources}; style-src 'self'; script-src 'self'; " +
                                  $"object-src 'none'; frame-ancestors {(framed ? "*" : "'none'")}; form-action 'self'; base-uri 'self'";
        return next();
    }
}
