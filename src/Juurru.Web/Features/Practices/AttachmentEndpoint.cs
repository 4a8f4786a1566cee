using Juurru.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Juurru.Features.Practices;

/// <summary>Serves attachment files to those who may read their practice, with headers that keep a file from acting as a page.</summary>
public static class AttachmentEndpoint
{
    public static IEndpointRouteBuilder MapAttachments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/{id:int}/{name}", ServeAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ServeAsync(int id, JuurruDbContext db, AttachmentStore store, IAuthorizationService auth,
        HttpContext http, CancellationToken ct)
    {
        var attachment = await db.Attachments.AsNoTracking()
            .Include(a => a.Practice).ThenInclude(p => p!.Projects)
            .SingleOrDefaultAsync(a => a.Id == id, ct);
        if (attachment is null) return Results.NotFound();
        var access = PracticeAccess.Of(attachment.Practice!);
        if (!(await auth.AuthorizeAsync(http.User, access, PracticeOperations.Read)).Succeeded) return Results.NotFound();
        var path = store.PathOf(attachment.StoredName);
        if (!File.Exists(path)) return Results.NotFound();

        var inline = attachment.ContentType.StartsWith("image/", StringComparison.Ordinal);
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = access.IsPublic ? "public, max-age=3600" : "private, no-store";
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(attachment.FileName);
        headers.ContentDisposition = disposition.ToString();
        return Results.File(path, attachment.ContentType, enableRangeProcessing: true);
    }
}
