using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Juurru.Features.Shared;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Surveys;

/// <summary>A coordinator's steps through the survey pages, shared by the survey tests.</summary>
public static partial class SurveySteps
{
    /// <summary>The personal link (path and query) in an invitation or reminder.</summary>
    public static string PersonalLink(MimeKit.MimeMessage message) =>
        PersonalLinkPattern().Match(message.TextBody!.Replace("=\r\n", "").Replace("=\n", "").Replace("=3D", "=")).Groups[1].Value;

    [GeneratedRegex(@"http://localhost(/\w\w/s/[0-9a-f]+\?i=[0-9a-f]+)")]
    private static partial Regex PersonalLinkPattern();

    /// <summary>
    /// Opens a link of the feedback survey, starts, answers its one page and sends. A personal link starts by a form
    /// (the response is made then); the open link of an anonymous survey by a plain link to the first page.
    /// </summary>
    public static async Task AnswerAsync(Browser invitee, string link, string role, string useful, string comment = "")
    {
        var start = await invitee.PageAsync(link);
        string first;
        if (start.QuerySelector("form[action*=Begin]") is not null)
        {
            var begun = await invitee.SubmitAsync(start, "form[action*=Begin]", []);
            Assert.Equal(HttpStatusCode.Redirect, begun.StatusCode);
            first = begun.Headers.Location!.OriginalString;
        }
        else first = start.QuerySelector("a.button")!.GetAttribute("href")!;
        var page = await invitee.PageAsync(first);
        var sent = await invitee.SubmitAsync(page, "form.survey-form", new() { ["a.role"] = role, ["a.useful"] = useful, ["a.comment"] = comment },
            submitter: "button[formaction*=Send]");
        Assert.EndsWith("/done", sent.Headers.Location!.OriginalString);
    }

    public static async Task<(int Id, string Link)> CreateAsync(JuurruApp app, Browser coordinator, int networkId, string json)
    {
        var page = await coordinator.PageAsync("/fi/surveys");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Browser.Token(page)), "__af" },
            { new StringContent($"n:{networkId}"), "Owner" },
        };
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "DefinitionFile", "kysely.json");
        var response = await coordinator.Client.PostAsync("/fi/surveys?handler=Import", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        var link = await app.WithDbAsync(db => db.Surveys.Where(s => s.Id == id).Select(s => s.LinkKey).SingleAsync());
        return (id, link);
    }

    public static async Task OpenAsync(Browser coordinator, int id, DateTime opens, DateTime? closes = null)
    {
        var response = await coordinator.SubmitAsync($"/fi/surveys/{id}", "form[action*=Schedule]", new()
        {
            ["OpensAt"] = Dates.ToHelsinki(opens).ToString("yyyy-MM-ddTHH:mm"), // the form is in Helsinki time
            ["ClosesAt"] = closes is { } c ? Dates.ToHelsinki(c).ToString("yyyy-MM-ddTHH:mm") : "",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Posts a file through a page's form (multipart, with the page's antiforgery token).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(Browser browser, string url, string handler, string field, string fileName, string content,
        Dictionary<string, string>? fields = null)
    {
        var page = await browser.PageAsync(url);
        using var form = new MultipartFormDataContent { { new StringContent(Browser.Token(page)), "__af" } };
        foreach (var (name, value) in fields ?? []) form.Add(new StringContent(value), name);
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, field, fileName);
        return await browser.Client.PostAsync($"{url}?handler={handler}", form);
    }
}
