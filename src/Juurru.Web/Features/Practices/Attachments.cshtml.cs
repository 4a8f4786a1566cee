using Juurru.Data;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Practices;

/// <summary>Upload and remove a practice's attachments; the file's type is checked from its content.</summary>
[Authorize]
public sealed class AttachmentsModel(JuurruDbContext db, IAuthorizationService auth, AttachmentStore store, CurrentUser user,
    TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<Attachment> Files { get; private set; } = [];
    public long MaxBytes => store.MaxBytes;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var practice = await LoadAsync(id, ct);
        if (practice is null) return NotFound();
        return await DenyAsync(practice) ?? Show(practice);
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? file, CancellationToken ct)
    {
        var practice = await LoadAsync(id, ct);
        if (practice is null) return NotFound();
        if (await DenyAsync(practice) is { } denied) return denied;
        if (file is null)
        {
            ModelState.AddModelError("file", L["Choose a file to upload."]);
            return Show(practice);
        }
        var (stored, refusal) = await store.SaveAsync(file, ct);
        if (stored is null)
        {
            ModelState.AddModelError("file", refusal switch
            {
                AttachmentStore.Refusal.TooLarge => L["The file is too large: at most {0} MB.", store.MaxBytes / (1024 * 1024)],
                AttachmentStore.Refusal.Empty => L["The file is empty."],
                _ => L["Only PDF files, Office documents (Word, Excel, PowerPoint, OpenDocument) and images (PNG, JPEG, GIF, WebP) can be attached."],
            });
            return Show(practice);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        practice.Attachments.Add(new Attachment
        {
            FileName = stored.FileName, ContentType = stored.Type.ContentType, Size = stored.Size, StoredName = stored.StoredName,
            UploadedAt = now, UploadedById = user.Id,
        });
        practice.UpdatedAt = now;
        practice.AddRevision(RevisionAction.AttachmentAdded, user.Id, user.Name, [], now, stored.FileName);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            store.Delete(stored.StoredName); // no file without its row
            throw;
        }
        TempData["Message"] = L["The file {0} was attached.", stored.FileName].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int attachmentId, CancellationToken ct)
    {
        var practice = await LoadAsync(id, ct);
        if (practice is null) return NotFound();
        if (await DenyAsync(practice) is { } denied) return denied;
        var attachment = practice.Attachments.SingleOrDefault(a => a.Id == attachmentId);
        if (attachment is null) return NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        practice.Attachments.Remove(attachment);
        practice.UpdatedAt = now;
        practice.AddRevision(RevisionAction.AttachmentRemoved, user.Id, user.Name, [], now, attachment.FileName);
        await db.SaveChangesAsync(ct);
        store.Delete(attachment.StoredName);
        TempData["Message"] = L["The file {0} was removed.", attachment.FileName].Value;
        return RedirectToPage(new { id });
    }

    private Task<Practice?> LoadAsync(int id, CancellationToken ct) =>
        db.Practices.Include(p => p.Projects).Include(p => p.Attachments).SingleOrDefaultAsync(p => p.Id == id, ct);

    private async Task<IActionResult?> DenyAsync(Practice practice)
    {
        var access = PracticeAccess.Of(practice);
        if ((await auth.AuthorizeAsync(User, access, PracticeOperations.Edit)).Succeeded) return null;
        return (await auth.AuthorizeAsync(User, access, PracticeOperations.Read)).Succeeded ? Forbid() : NotFound();
    }

    private PageResult Show(Practice practice)
    {
        Id = practice.Id;
        Title = practice.Title;
        Files = practice.Attachments.OrderBy(a => a.FileName).ToList();
        return Page();
    }
}
