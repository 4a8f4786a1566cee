using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Juurru.Data.Seeding;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Import;

/// <summary>A coordinator imports the report from the browser.</summary>
public sealed class UploadTests
{
    private static async Task<HttpResponseMessage> UploadAsync(Browser browser, string slug, byte[] content, string name)
    {
        var page = await browser.PageAsync($"/fi/networks/{slug}/import");
        var form = new MultipartFormDataContent { { new StringContent(Browser.Token(page)), "__af" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "report", name);
        return await browser.Client.PostAsync($"/fi/networks/{slug}/import", form);
    }

    [Theory, Databases]
    public async Task A_coordinator_imports_the_report_and_sees_the_summary(Db db)
    {
        var report = await File.ReadAllBytesAsync(Seeds.PathOf(Seeds.ZoomiReport));
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.WithDbAsync(ctx => ctx.Networks.SingleAsync(n => n.Slug == ReferenceData.TransitionsNetworkSlug));
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));

        var response = await UploadAsync(coordinator, network.Slug, report, "zoomi.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Equal("Raportti tuotiin.", page.QuerySelector("#summary-title")!.TextContent);
        Assert.Equal(4, page.QuerySelectorAll("table tbody tr").Length);
        Assert.InRange(await app.WithDbAsync(ctx => ctx.Practices.CountAsync(p => p.NetworkId == network.Id)), 215, 225);

        var again = await Browser.ParseAsync(await UploadAsync(coordinator, network.Slug, report, "zoomi.txt"));
        Assert.Equal("Mikään ei muuttunut: raportti oli jo tuotu.", again.QuerySelector("#summary-title")!.TextContent);
    }

    [Theory, Databases]
    public async Task Wrong_files_are_refused_with_a_message_and_others_may_not_import(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.WithDbAsync(ctx => ctx.Networks.SingleAsync(n => n.Slug == ReferenceData.TransitionsNetworkSlug));
        var other = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));

        var pdf = await Browser.ParseAsync(await UploadAsync(coordinator, network.Slug, Encoding.ASCII.GetBytes("%PDF-1.4\n\u0000\u00ff"), "zoomi.pdf"));
        Assert.Contains("Raportin on oltava tekstitiedosto", pdf.QuerySelector(".error-summary")!.TextContent);
        var card = await Browser.ParseAsync(await UploadAsync(coordinator, network.Slug, await File.ReadAllBytesAsync(Path.Combine(Seeds.Folder, "001_18a820eab1643237.txt")), "kortti.txt"));
        Assert.Contains("Mitään ei tuotu:", card.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(ctx => ctx.Practices.CountAsync()));

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/fi/networks/{other.Slug}/import")).StatusCode);
        using var member = await app.SignInAsync(await app.MemberAsync(await app.ProjectAsync(network)));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/fi/networks/{network.Slug}/import")).StatusCode);
        using var visitor = app.NewBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync($"/fi/networks/{network.Slug}/import")).StatusCode);
    }
}
