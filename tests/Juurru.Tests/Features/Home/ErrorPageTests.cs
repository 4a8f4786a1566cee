using System.Net;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.Home;

public sealed class ErrorPageTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("100")]
    [InlineData("204")]
    [InlineData("304")]
    [InlineData("999")]
    public async Task Only_error_codes_are_served_anything_else_is_a_page_not_found(string code)
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite);
        using var browser = app.NewBrowser();

        var response = await browser.GetAsync($"/fi/error/{code}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Sivua ei löydy", (await Browser.ParseAsync(response)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_form_that_cannot_be_read_gets_a_clear_refusal_and_no_error_in_the_log()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite);
        using var browser = app.NewBrowser();
        var token = Browser.Token(await browser.PageAsync("/fi/account/forgot-password"));
        var body = new StringContent($"--x\r\nContent-Disposition: form-data; name=\"__af\"\r\n\r\n{token}\r\n--x\r\nContent-Disposition: form-data; name=\"Email\"; filename=\"a\"b.pdf\"\r\n\r\nx\r\n--x--\r\n");
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        var response = await browser.Client.PostAsync("/fi/account/forgot-password", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Pyyntöä ei voitu käsitellä", (await Browser.ParseAsync(response)).QuerySelector("h1")!.TextContent);
        Assert.Empty(app.Errors.Entries);
    }
}
