using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Juurru.Features.Surveys.Reports;

/// <summary>A stored file sent as a download, with headers that keep it from acting as a page of the site.</summary>
public static class FileDownload
{
    public static IActionResult Of(HttpResponse response, Practices.AttachmentStore store, SurveyFile? file)
    {
        var path = file is null ? null : store.PathOf(file.StoredName);
        if (file is null || !File.Exists(path)) return new NotFoundResult();
        response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
        response.Headers.CacheControl = "private, no-store";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        return new PhysicalFileResult(path!, file.ContentType);
    }
}
