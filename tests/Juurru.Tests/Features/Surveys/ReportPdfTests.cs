using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.Surveys;

/// <summary>The report as a PDF printed by the server's Chromium, and what the page says where there is none.</summary>
public sealed partial class ReportPdfTests
{
    private static string Chromium => Environment.GetEnvironmentVariable("JUURRU_CHROMIUM") ?? "/usr/bin/chromium";

    [Theory, Databases]
    public async Task The_report_downloads_as_an_A4_pdf_with_each_section_on_its_own_page(Db db)
    {
        // Under CI (JUURRU_CHROMIUM set) Chromium must be there; elsewhere the test says why it did not run.
        Assert.SkipUnless(File.Exists(Chromium) || Environment.GetEnvironmentVariable("JUURRU_CHROMIUM") is not null, $"Chromium is not installed at {Chromium}.");
        await using var app = await JuurruApp.StartAsync(db, settings: new Dictionary<string, string> { ["Juurru:Chromium"] = Chromium });
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.NetworkSurvey);
        await app.SurveyResponseAsync(id, new Dictionary<string, string> { ["role"] = "lead", ["themes"] = "A", ["overall"] = "4", ["feedback"] = "Hyvä" });
        var report = await coordinator.PageAsync($"/fi/surveys/{id}/report");
        var link = report.QuerySelector("a[href*='handler=Pdf']")!.GetAttribute("href")!;

        using var response = await coordinator.GetAsync(link);

        Assert.True(response.StatusCode == HttpStatusCode.OK, string.Join("\n", app.Errors.Entries));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var pdf = Encoding.Latin1.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("%PDF-", pdf);
        var sizes = MediaBox().Matches(pdf).Select(m => (Math.Round(double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)),
            Math.Round(double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        Assert.All(sizes, s => Assert.Equal((595d, 842d), s)); // A4 in points (595.28 × 841.89)
        Assert.True(sizes.Count >= 4, $"{sizes.Count} pages for four sections"); // every section starts a page
    }

    [Theory, Databases]
    public async Task Without_chromium_the_pdf_link_becomes_advice_to_print_from_the_browser(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db, settings: new Dictionary<string, string> { ["Juurru:Chromium"] = "" });
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.NetworkSurvey);

        var report = await coordinator.PageAsync($"/fi/surveys/{id}/report");
        Assert.Null(report.QuerySelector("a[href*='handler=Pdf']"));
        Assert.Contains("Tallenna PDF-tiedostona", report.QuerySelector(".tool-links")!.TextContent);
        using var typed = await coordinator.GetAsync($"/fi/surveys/{id}/report?handler=Pdf");
        Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        Assert.Contains("ei osaa tehdä PDF-tiedostoja", (await coordinator.PageAsync(typed.Headers.Location!.OriginalString)).QuerySelector("[role=status]")!.TextContent);
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
