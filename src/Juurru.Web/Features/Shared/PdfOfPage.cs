using Microsoft.AspNetCore.Mvc.Filters;

namespace Juurru.Features.Shared;

/// <summary>
/// Lets a Razor page be delivered as a PDF: a handler calls <see cref="Request"/> and returns the page as usual; this
/// filter renders the page into memory (it should use a self-contained layout such as <c>_Standalone</c>) and sends what
/// <see cref="PdfPrinter"/> prints of it instead. A result filter, because only the page's own result carries the
/// compiled page to render.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PdfOfPageAttribute : Attribute, IAsyncResultFilter
{
    private sealed record Wanted(string FileName, string Header, string PageLabel);

    /// <param name="header">Plain text at the top of every page.</param>
    public static void Request(HttpContext http, string fileName, string header, string pageLabel) =>
        http.Items[typeof(Wanted)] = new Wanted(fileName, header, pageLabel);

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (http.Items[typeof(Wanted)] is not Wanted wanted || context.Result is not Microsoft.AspNetCore.Mvc.RazorPages.PageResult)
        {
            await next();
            return;
        }
        var response = http.Response;
        var body = response.Body;
        using var html = new MemoryStream();
        response.Body = html;
        try
        {
            await next();
        }
        finally
        {
            response.Body = body;
        }
        var printer = http.RequestServices.GetRequiredService<PdfPrinter>();
        var pdf = await printer.PrintAsync(System.Text.Encoding.UTF8.GetString(html.ToArray()), wanted.Header, wanted.PageLabel, http.RequestAborted);
        response.ContentType = "application/pdf";
        response.ContentLength = pdf.Length;
        response.Headers.ContentDisposition = $"attachment; filename=\"{wanted.FileName}\"";
        await body.WriteAsync(pdf, http.RequestAborted);
    }
}
