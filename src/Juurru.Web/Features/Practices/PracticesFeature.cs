using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Juurru.Features.Practices;

public static class PracticesFeature
{
    public static WebApplicationBuilder AddPractices(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IAuthorizationHandler, PracticeAuthorizationHandler>();
        builder.Services.AddSingleton<AttachmentStore>();
        builder.Services.AddScoped<PracticeEditor>();

        // The server reads uploads up to twice the attachment limit, so that a file a little too large gets a clear
        // message from the page (AttachmentStore) rather than a bare refusal; beyond that it answers 413.
        static long ReadLimit(IOptions<JuurruOptions> o) => o.Value.Attachments.MaxBytes * 2 + 1024 * 1024;
        builder.Services.AddOptions<FormOptions>().Configure<IOptions<JuurruOptions>>((form, o) => form.MultipartBodyLengthLimit = ReadLimit(o));
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<JuurruOptions>>((kestrel, o) => kestrel.Limits.MaxRequestBodySize = ReadLimit(o));
        return builder;
    }
}
