using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;

namespace Juurru.Features.Practices;

public static class PracticesFeature
{
    public static WebApplicationBuilder AddPractices(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IAuthorizationHandler, PracticeAuthorizationHandler>();
        builder.Services.AddSingleton<AttachmentStore>();
        builder.Services.AddScoped<PracticeEditor>();

        // Uploads may be as large as the configured attachment limit, plus room for the rest of the form.
        var maxBytes = builder.Configuration.GetValue<long?>($"{JuurruOptions.Section}:Attachments:MaxBytes") ?? new AttachmentOptions().MaxBytes;
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = maxBytes + 1024 * 1024);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = maxBytes + 1024 * 1024);
        return builder;
    }
}
