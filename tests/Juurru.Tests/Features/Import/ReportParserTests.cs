using Juurru.Features.Import;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.Import;

/// <summary>Reading the ZOOMI report's text, as exported from its PDF.</summary>
public sealed class ReportParserTests
{
    private static ParsedReport Zoomi() => ReportParser.Parse(Seeds.Read(Seeds.ZoomiReport));

    [Fact]
    public void Finds_the_four_themes_and_their_subthemes()
    {
        var report = Zoomi();
        Assert.Equal(["A", "B", "C", "D"], report.Themes.Select(t => t.Code));
        Assert.Equal([5, 8, 6, 5], report.Themes.Select(t => t.Subthemes.Count));
        Assert.StartsWith("Sujuva siirtymä koulutukseen", report.Themes[0].Name);
        Assert.Contains("HOKS ja henkilökohtaistaminen", report.Themes[1].Subthemes);
    }

    [Fact]
    public void Reads_every_practice_with_its_project_theme_and_period()
    {
        var report = Zoomi();
        // The report announces about 220; 224 entries, of which three repeat an earlier one.
        Assert.InRange(report.Practices.Count, 215, 230);
        var conscripts = Assert.Single(report.Practices, p => p.Title == "Varusmiesten tavoittaminen nivelvaiheessa");
        Assert.Equal("Suunnitelma B", conscripts.ProjectLabel);
        Assert.Equal(PracticeKind.GoodPractice, conscripts.Kind);
        Assert.Equal("A", conscripts.ThemeCode);
        Assert.Equal("Hakeutumisen ohjauspalvelut", conscripts.Subtheme);
        Assert.Contains("1.8.2015–30.4.2019", conscripts.Period);
        Assert.Contains("Kainuun Prikaatissa", conscripts.Description);
        Assert.All(report.Practices, p => Assert.False(string.IsNullOrWhiteSpace(p.ProjectLabel)));
        Assert.All(report.Practices, p => Assert.NotNull(p.Subtheme));
    }

    [Fact]
    public void A_heading_marked_MALLI_is_a_model_and_parentheses_inside_names_survive()
    {
        var report = Zoomi();
        var model = Assert.Single(report.Practices, p => p.Title.StartsWith("Palvelupolku - Näin toimit"));
        Assert.Equal(PracticeKind.Model, model.Kind);
        Assert.Equal("Avoimet ammatilliset opinnot", model.ProjectLabel);

        var nested = Assert.Single(report.Practices, p => p.Title == "HOKS- ja uraohjauksen malli");
        Assert.Equal("Erlaisia polkuja pitkin ammattiin (EPPA)", nested.ProjectLabel);

        var escaped = Assert.Single(report.Practices, p => p.Title == "Tukitoiminta (OSAO)");
        Assert.Equal("Opin portailla Pohjois-Pohjanmaalla", escaped.ProjectLabel);

        Assert.Contains(report.Practices, p => p.ProjectLabel == "#Hyvinvoiva amis" && p.Title == "#Valmennus-pilotti");
    }

    [Fact]
    public void Reads_both_appendix_tables()
    {
        var report = Zoomi();
        var listing = report.Projects.Where(p => p.Table == ProjectTable.Listing).ToList();
        var described = report.Projects.Where(p => p.Table == ProjectTable.Descriptions).ToList();
        Assert.InRange(listing.Count, 85, 100);
        Assert.InRange(described.Count, 60, 100);
        var sisu = Assert.Single(listing, p => p.Name == "Siirtymät sujuviksi (SISU)");
        Assert.Equal("Pohjois-Karjalan koulutuskuntayhtymä", sisu.LeadOrganisation);
        Assert.Equal(new DateOnly(2017, 12, 31), sisu.EndDate);
        Assert.Equal(ProjectScope.National, sisu.Scope);
        Assert.Contains(listing, p => p.Name == "#ICTknowhow" && p.Scope == ProjectScope.Regional);
        // A row broken over a page keeps its whole description.
        var veto = Assert.Single(described, p => p.Name == "VetoVoimaa teknologia-aloille");
        Assert.Contains("teknologiateollisuuden heikkoon vetovoimaan", veto.Description);
        Assert.Equal(["A"], veto.ThemeCodes);
    }

    [Theory]
    [InlineData("12/2017", 2017, 12, 31)]
    [InlineData("2/2020", 2020, 2, 29)]
    public void End_months_become_the_last_day_of_the_month(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), ReportParser.ParseEndMonth(text));

    [Theory]
    [InlineData("")]
    [InlineData("Tämä on vain muistio.\n\nEi teemoja eikä hankkeita.")]
    [InlineData("## A. Teema\n\nPelkkää tekstiä ilman käytäntöjä.")]
    [InlineData("## A. Teema\n\n### Osateema\n\n- Käytäntö (Hanke)\nKuvaus.\n")]
    public void A_file_of_another_shape_is_refused(string text) =>
        Assert.Throws<ReportFormatException>(() => ReportParser.Parse(text));
}
