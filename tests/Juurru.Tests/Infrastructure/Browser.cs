using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Juurru.Tests.Infrastructure;

/// <summary>
/// Drives the site as a browser would: fetches pages, reads forms with AngleSharp (antiforgery token included)
/// and submits them with the values a user would type.
/// </summary>
public sealed class Browser(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(url);

    public async Task<IDocument> PageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Client.GetAsync(url);
        // As a browser does: a numbered address ("/fi/practices/12") leads on to the page's address with its words.
        for (var hops = 0; response.StatusCode == HttpStatusCode.MovedPermanently && expected != HttpStatusCode.MovedPermanently && hops < 3; hops++)
            response = await Client.GetAsync(new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!));
        Assert.Equal(expected, response.StatusCode);
        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    /// <summary>
    /// Opens <paramref name="url"/>, fills the form found by <paramref name="formSelector"/> and submits it.
    /// Fields not given keep what the page put in them; a value for a checkbox name selects those values.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, string formSelector, Dictionary<string, string> values,
        Dictionary<string, string[]>? multi = null)
    {
        var page = await PageAsync(url);
        return await SubmitAsync(page, formSelector, values, multi);
    }

    /// <param name="submitter">A submit button with its own formaction (e.g. "button[formaction*=Similar]"), as if that button were pressed.</param>
    public Task<HttpResponseMessage> SubmitAsync(IDocument page, string formSelector, Dictionary<string, string> values,
        Dictionary<string, string[]>? multi = null, string? submitter = null) => SubmitAsync(page, formSelector, values, multi, submitter, []);

    /// <summary>A form with file fields, posted as multipart/form-data as a browser would.</summary>
    public Task<HttpResponseMessage> SubmitWithFilesAsync(IDocument page, string formSelector, Dictionary<string, string> values,
        IReadOnlyList<(string Field, string FileName, byte[] Content)> files, Dictionary<string, string[]>? multi = null, string? submitter = null) =>
        SubmitAsync(page, formSelector, values, multi, submitter, files);

    private async Task<HttpResponseMessage> SubmitAsync(IDocument page, string formSelector, Dictionary<string, string> values,
        Dictionary<string, string[]>? multi, string? submitter, IReadOnlyList<(string Field, string FileName, byte[] Content)> files)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
                   ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}");
        var overridden = new HashSet<string>(values.Keys.Concat(multi?.Keys.AsEnumerable() ?? []));
        var fields = FieldsOf(form).Where(f => !overridden.Contains(f.Key)).ToList();
        fields.AddRange(values);
        if (multi is not null) fields.AddRange(multi.SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string>(kv.Key, v))));
        var action = (submitter is null ? null : form.QuerySelector(submitter)?.GetAttribute("formaction")) ?? form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Url : new Uri(new Uri(page.Url), action).ToString();
        if (files.Count == 0) return await Client.PostAsync(target, new FormUrlEncodedContent(fields));
        using var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in fields) multipart.Add(new StringContent(value), name);
        foreach (var (field, fileName, content) in files) multipart.Add(new ByteArrayContent(content), field, fileName);
        return await Client.PostAsync(target, multipart);
    }

    /// <summary>What a browser would send for a form as the page shows it (without its file fields).</summary>
    public static IEnumerable<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name)) continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } input:
                    if (input.IsChecked) yield return new(name, input.Value);
                    break;
                case IHtmlInputElement { Type: "submit" or "button" or "file" }:
                    break;
                case IHtmlInputElement input:
                    yield return new(name, input.Value);
                    break;
                case IHtmlTextAreaElement area:
                    yield return new(name, area.Value);
                    break;
                case IHtmlSelectElement select:
                    foreach (var option in select.Options.Where(o => o.IsSelected)) yield return new(name, option.Value);
                    break;
            }
        }
    }

    /// <summary>
    /// Posts fields to an address the way a form of this site would, with a valid antiforgery token: for actions whose
    /// form the user's page does not show (the test checks that the server refuses them anyway).
    /// </summary>
    public async Task<HttpResponseMessage> PostAsync(string url, Dictionary<string, string>? fields = null)
    {
        var tokenPage = await PageAsync("/fi/account/forgot-password");
        var body = new Dictionary<string, string>(fields ?? []) { ["__af"] = Token(tokenPage) };
        return await Client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    /// <summary>The antiforgery token of the first form on a page, for posts built by hand.</summary>
    public static string Token(IDocument page) =>
        page.QuerySelector<IHtmlInputElement>("input[name=__af]")?.Value ?? throw new InvalidOperationException("No antiforgery token on the page.");

    public void Dispose() => Client.Dispose();
}
