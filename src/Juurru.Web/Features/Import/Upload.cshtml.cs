using System.Text;
using Juurru.Data;
using Juurru.Features.Networks;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Import;

/// <summary>A coordinator imports a coordination report into their network from the browser: the same importer as the command.</summary>
[Authorize]
public sealed class UploadModel(JuurruDbContext db, ReportImporter importer, IAuthorizationService auth, CurrentUser user,
    IStringLocalizer<SharedResource> L) : PageModel
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public Network Network { get; private set; } = null!;
    public ImportSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) => await RefusedAsync(slug, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string slug, IFormFile? report, CancellationToken ct)
    {
        if (await RefusedAsync(slug, ct) is { } refused) return refused;
        if (report is null || report.Length == 0)
        {
            ModelState.AddModelError("report", L["Choose a file to upload."]);
            return Page();
        }
        if (report.Length > MaxBytes)
        {
            ModelState.AddModelError("report", L["The file is too large: at most {0} MB.", MaxBytes / (1024 * 1024)]);
            return Page();
        }
        if (await ReadTextAsync(report, ct) is not { } text)
        {
            ModelState.AddModelError("report", L["The report must be a text file (UTF-8), as exported from the PDF."]);
            return Page();
        }

        try
        {
            Summary = await importer.ImportAsync(text, slug, $"{user.Name}: {Path.GetFileName(report.FileName)}", ct);
        }
        catch (ReportFormatException e)
        {
            ModelState.AddModelError("report", L["Nothing was imported: {0}", L[e.Message]]);
        }
        catch (ImportException e)
        {
            ModelState.AddModelError("report", L["Nothing was imported: {0}", L[e.Message, e.Args]]);
        }
        return Page();
    }

    /// <summary>The file's text, or null when it is not UTF-8 text (a PDF or a Word file, say).</summary>
    private static async Task<string?> ReadTextAsync(IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.ToArray());
            return text.Contains('\0') ? null : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private async Task<IActionResult?> RefusedAsync(string slug, CancellationToken ct)
    {
        var network = await db.Networks.AsNoTracking().SingleOrDefaultAsync(n => n.Slug == slug, ct);
        if (network is null) return NotFound();
        Network = network;
        var allowed = await auth.AuthorizeAsync(User, new NetworkAccess(network.Id), NetworkOperations.ImportReport);
        return allowed.Succeeded ? null : Forbid();
    }
}
