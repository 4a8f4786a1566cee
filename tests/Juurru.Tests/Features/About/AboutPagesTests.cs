using System.Net;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.About;

/// <summary>The privacy notice and the accessibility statement: linked from every page, in every language, with the organisation's own parts written by an administrator.</summary>
public sealed class AboutPagesTests
{
    [Theory]
    [InlineData("fi", "Tietosuojaseloste", "Saavutettavuusseloste")]
    [InlineData("sv", "Dataskyddsbeskrivning", "Tillgänglighetsutlåtande")]
    [InlineData("en", "Privacy notice", "Accessibility statement")]
    public async Task Every_page_links_both_from_its_footer(string culture, string privacy, string accessibility)
    {
        await using var w = await RoleWorld.CreateAsync(Db.Sqlite);
        using var visitor = w.App.NewBrowser();

        foreach (var path in new[] { "", "/practices", $"/projects/{w.Project.Id}", "/account/login" })
        {
            var footer = (await visitor.PageAsync($"/{culture}{path}")).QuerySelector(".site-footer")!;
            Assert.Equal(privacy, footer.QuerySelector($"a[href='/{culture}/privacy']")!.TextContent.Trim());
            Assert.Equal(accessibility, footer.QuerySelector($"a[href='/{culture}/accessibility']")!.TextContent.Trim());
        }
        Assert.Equal(privacy, (await visitor.PageAsync($"/{culture}/privacy")).QuerySelector("h1")!.TextContent);
        Assert.Equal(accessibility, (await visitor.PageAsync($"/{culture}/accessibility")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_accessibility_statement_has_the_parts_the_law_asks_for()
    {
        await using var app = await JuurruApp.StartAsync(Db.Sqlite);

        var page = await app.NewBrowser().PageAsync("/fi/accessibility");

        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Vaatimustenmukaisuus", "Sisältö, joka ei ole saavutettavaa", "Miten saavutettavuus on arvioitu", "Palaute", "Valvontamenettely"], headings);
        Assert.Contains("osittain", page.QuerySelector("#status-title + p")!.TextContent);
        // Until the administrator writes the feedback channel, the page says it is missing rather than leaving it out.
        Assert.NotEmpty(page.QuerySelectorAll("section:has(#feedback-title) .notice"));
    }

    [Theory, Databases]
    public async Task An_administrator_writes_the_organisations_parts_per_language(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        using var admin = await app.SignInAsync(await app.AdministratorAsync());

        var saved = await admin.SubmitAsync("/fi/admin/site-texts", "form.form", new()
        {
            ["Texts[PrivacyController.fi]"] = "**Opetushallitus**, kirjaamo@example.fi <script>alert(1)</script>",
            ["Texts[PrivacyController.sv]"] = "**Utbildningsstyrelsen**",
            ["Texts[AccessibilityFeedback.fi]"] = "saavutettavuus@example.fi",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var fi = await app.NewBrowser().PageAsync("/fi/privacy");
        var controller = fi.QuerySelector("section:has(#controller-title) .site-text")!;
        Assert.Equal("Opetushallitus", controller.QuerySelector("strong")!.TextContent);
        Assert.Null(controller.QuerySelector("script")); // raw HTML is shown as text
        Assert.Equal("Utbildningsstyrelsen", (await app.NewBrowser().PageAsync("/sv/privacy")).QuerySelector("section:has(#controller-title) strong")!.TextContent);
        var statement = await app.NewBrowser().PageAsync("/fi/accessibility");
        Assert.Contains("saavutettavuus@example.fi", statement.QuerySelector("section:has(#feedback-title) .site-text")!.TextContent);
        Assert.Contains("päivitetty viimeksi", statement.Body!.TextContent);
    }

    public static TheoryData<Db, Role, HttpStatusCode> Editing => RoleWorld.Matrix(
        (Role.Visitor, HttpStatusCode.Redirect), (Role.Member, HttpStatusCode.Forbidden), (Role.Coordinator, HttpStatusCode.Forbidden),
        (Role.Administrator, HttpStatusCode.Redirect));

    [Theory, MemberData(nameof(Editing))]
    public async Task Only_administrators_edit_the_texts(Db db, Role role, HttpStatusCode expected)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        using var browser = await w.AsAsync(role);

        var response = await browser.PostAsync("/fi/admin/site-texts", new() { ["Texts[PrivacyController.fi]"] = "Muutettu" });

        Assert.Equal(expected, response.StatusCode);
        var stored = await w.App.WithDbAsync(ctx => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(ctx.SiteTexts));
        Assert.Equal(role == Role.Administrator ? 1 : 0, stored);
    }
}
