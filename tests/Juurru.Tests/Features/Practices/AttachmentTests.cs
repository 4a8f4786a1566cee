using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Juurru.Features.Practices;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Practices;

public sealed class AttachmentTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var e in entries)
            {
                using var w = new StreamWriter(zip.CreateEntry(e).Open());
                w.Write(e == "mimetype" ? "application/vnd.oasis.opendocument.text" : "<x/>");
            }
        }
        return buffer.ToArray();
    }

    [Fact]
    public void Types_are_recognised_by_content_not_by_name()
    {
        Assert.Equal(FileTypes.Pdf, FileTypes.Detect(new MemoryStream(Pdf), "raportti.docx"));
        Assert.Equal(FileTypes.Docx, FileTypes.Detect(new MemoryStream(Zip("[Content_Types].xml", "word/document.xml")), "x.pdf"));
        Assert.Equal(FileTypes.Xlsx, FileTypes.Detect(new MemoryStream(Zip("[Content_Types].xml", "xl/workbook.xml")), "x"));
        Assert.Equal(FileTypes.Odt, FileTypes.Detect(new MemoryStream(Zip("mimetype", "content.xml")), "x"));
        Assert.Equal(FileTypes.Png, FileTypes.Detect(new MemoryStream([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]), "kuva"));
        // Refused: a program renamed .pdf, a macro document, any other zip, SVG (it can carry script), text.
        Assert.Null(FileTypes.Detect(new MemoryStream([0x4D, 0x5A, 0x90, 0x00]), "ohje.pdf"));
        Assert.Null(FileTypes.Detect(new MemoryStream(Zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")), "x.docm"));
        Assert.Null(FileTypes.Detect(new MemoryStream(Zip("readme.txt")), "x.zip"));
        Assert.Null(FileTypes.Detect(new MemoryStream(Encoding.UTF8.GetBytes("<svg onload=alert(1)></svg>")), "x.svg"));
        Assert.Equal("raportti_2024.pdf", AttachmentStore.CleanName("../../raportti_2024.exe", FileTypes.Pdf));
        Assert.Equal("liite.pdf", AttachmentStore.CleanName("\u0000.", FileTypes.Pdf));
        Assert.Equal("a_b_c.pdf", AttachmentStore.CleanName("a\"b;c.pdf", FileTypes.Pdf));
    }

    [Theory, Databases]
    public async Task A_member_attaches_a_pdf_visitors_download_it_with_safe_headers_and_wrong_files_are_refused(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var practice = await app.PracticeAsync(project);
        using var member = await app.SignInAsync(await app.MemberAsync(project));
        var page = await member.PageAsync($"/fi/practices/{practice.Id}/attachments");

        async Task<HttpResponseMessage> UploadAsync(byte[] content, string name)
        {
            var form = new MultipartFormDataContent { { new StringContent(Browser.Token(page)), "__af" } };
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", name);
            return await member.Client.PostAsync($"/fi/practices/{practice.Id}/attachments?handler=Upload", form);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(Pdf, "Opas uusi.docx")).StatusCode);
        var refused = await UploadAsync([0x4D, 0x5A, 0x90, 0x00, 1, 2, 3], "ohjelma.pdf");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Liitteeksi käyvät vain", (await Browser.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);
        var tooLarge = await UploadAsync([.. Pdf, .. new byte[2 * 1024 * 1024]], "iso.pdf");
        Assert.Contains("Tiedosto on liian suuri", (await Browser.ParseAsync(tooLarge)).QuerySelector(".error-summary")!.TextContent);

        var attachment = Assert.Single(await app.WithDbAsync(ctx => ctx.Attachments.ToListAsync()));
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Equal("Opas uusi.pdf", attachment.FileName); // named after what it is
        Assert.Single(Directory.EnumerateFiles(Path.Combine(app.DataPath, "attachments"))); // refused files left nothing behind

        using var visitor = app.NewBrowser();
        var download = await visitor.GetAsync($"/files/{attachment.Id}/x");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("sandbox", download.Headers.GetValues("Content-Security-Policy").Single());

        // A draft's attachment does not exist for a visitor.
        await app.WithDbAsync(async ctx =>
        {
            var p = await ctx.Practices.SingleAsync(x => x.Id == practice.Id);
            p.Archive();
            await ctx.SaveChangesAsync();
        });
        var draft = await app.PracticeAsync(project, PracticeStatus.Draft, "Luonnos");
        await app.WithDbAsync(async ctx =>
        {
            ctx.Attachments.Add(new Attachment { PracticeId = draft.Id, FileName = "salainen.pdf", ContentType = "application/pdf", StoredName = attachment.StoredName, Size = 1 });
            await ctx.SaveChangesAsync();
        });
        var secret = await app.WithDbAsync(ctx => ctx.Attachments.SingleAsync(a => a.FileName == "salainen.pdf"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/files/{secret.Id}/salainen.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/files/{secret.Id}/salainen.pdf")).StatusCode);

        // Another project's member cannot remove the file.
        var otherProject = await app.ProjectAsync(network, "Muu");
        using var other = await app.SignInAsync(await app.MemberAsync(otherProject));
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/fi/practices/{draft.Id}/attachments?handler=Delete", new() { ["attachmentId"] = secret.Id.ToString() })).StatusCode);
    }
}
