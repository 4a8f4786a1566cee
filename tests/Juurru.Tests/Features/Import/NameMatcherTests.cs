using Juurru.Features.Import;
using Juurru.Features.Organisations;

namespace Juurru.Tests.Features.Import;

public sealed class NameMatcherTests
{
    private static readonly string[] Names =
    [
        "Siirtymät sujuviksi (SISU)", "TAITAVA -Tulevaisuuden osaajat", "SOPU - Sujuvat omat polut",
        "VETOVOIMALA – erityisen ja vaativan erityisen tuen hakeutumisvaiheen palvelujen kehittäminen",
        "Tšetanes naal - koulutuspoluilla", "NOJAT-Nuorten ohjaus ja auttaminen tulevaisuuteen", "HUOLTAMO",
        "Pipo2 - menolippu työelämään", "Yhdessä takuuseen", "Opin portailia Pohjois-Pohjanmaalla", "Opin portailta työelämään",
        "Opin portailta työelämään Satakunnassa", "Opin portilla Satakunnassa", "OPINTIE",
        "Opintie sujuvaksi - etnisiin ryhmiin kuuluvat oppilaat koulupolun siirtymävaiheessa",
        "Vetovoimaa metallialalle Pohjois-Karjalassa, PURE STEEL-hanke",
        "Work Smart-Älykkäästi töihin", "Vamos 2. aste – opintoihin kiinnittyminen, läpäisy ja pudokkuuden ehkäisy", "K2K Kaveri kaverille",
    ];

    private static NameMatcher<string> Matcher()
    {
        var m = new NameMatcher<string>();
        foreach (var n in Names) m.Add(n, n);
        return m;
    }

    [Theory]
    [InlineData("Siirtymät sujuviksi SISU", "Siirtymät sujuviksi (SISU)")]
    [InlineData("Taitava", "TAITAVA -Tulevaisuuden osaajat")]
    [InlineData("Taitava- Tulevaisuuden osaajat", "TAITAVA -Tulevaisuuden osaajat")]
    [InlineData("SOPU", "SOPU - Sujuvat omat polut")]
    [InlineData("Vetovoimalla", "VETOVOIMALA – erityisen ja vaativan erityisen tuen hakeutumisvaiheen palvelujen kehittäminen")]
    [InlineData("Tsetanes Naal", "Tšetanes naal - koulutuspoluilla")]
    [InlineData("Nojat", "NOJAT-Nuorten ohjaus ja auttaminen tulevaisuuteen")]
    [InlineData("Huoltamo-hanke", "HUOLTAMO")]
    [InlineData("Pipo 2", "Pipo2 - menolippu työelämään")]
    [InlineData("Yhdessä koulutustakuuseen", "Yhdessä takuuseen")]
    [InlineData("Opin portaililla Pohjois-Pohjanmaalla", "Opin portailia Pohjois-Pohjanmaalla")]
    [InlineData("Opin portailta Pohjois-Pohjanmaalla", "Opin portailia Pohjois-Pohjanmaalla")]
    [InlineData("Opin portailta työelämään", "Opin portailta työelämään")]
    [InlineData("Opintie sujuvaksi", "Opintie sujuvaksi - etnisiin ryhmiin kuuluvat oppilaat koulupolun siirtymävaiheessa")]
    [InlineData("PURE STEEL", "Vetovoimaa metallialalle Pohjois-Karjalassa, PURE STEEL-hanke")]
    [InlineData("Work Smart", "Work Smart-Älykkäästi töihin")]
    [InlineData("Vamos 2.aste", "Vamos 2. aste – opintoihin kiinnittyminen, läpäisy ja pudokkuuden ehkäisy")]
    [InlineData("K2K", "K2K Kaveri kaverille")]
    public void Finds_the_project_a_label_means(string label, string expected) =>
        Assert.Equal(expected, Matcher().Find(label)?.Item);

    [Theory]
    [InlineData("Täysin toinen hanke")]
    [InlineData("Opin")]
    public void Leaves_unknown_names_unmatched(string label) => Assert.Null(Matcher().Find(label));

    [Theory]
    [InlineData("Oulun seudun koulutuskuntayhtymä", OrganisationType.VocationalProvider, "MK17")]
    [InlineData("Diakonia-ammattikorkeakoulu Oy", OrganisationType.UniversityOfAppliedSciences, null)]
    [InlineData("Turun yliopisto", OrganisationType.University, "MK02")]
    [InlineData("Tyrnävän kunta", OrganisationType.Municipality, "MK17")]
    [InlineData("Hengitysliitto ry", OrganisationType.Association, null)]
    [InlineData("Kiipulasäätiö", OrganisationType.Foundation, "MK05")]
    [InlineData("YOUNG LEADERS ACADEMY OY", OrganisationType.Company, "MK13")]
    [InlineData("Uudenmaan liitto - Nylands förbund", OrganisationType.Agency, "MK01")]
    public void Guesses_an_organisations_type_and_region_from_its_name(string name, OrganisationType type, string? region)
    {
        Assert.Equal(type, OrganisationGuess.TypeOf(name));
        Assert.Equal(region, OrganisationGuess.RegionOf(name));
    }

    [Theory]
    [InlineData("Siirtymät sujuviksi (SISU)", "SISU")]
    [InlineData("NOPSA - Nopea ammatillinen väylä työelämään", "NOPSA")]
    [InlineData("Vetovoimaa metallialalle Pohjois-Karjalassa, PURE STEEL-hanke", "PURE STEEL")]
    [InlineData("Pystyväksi ryhmässä PYRY", "PYRY")]
    [InlineData("Lapin TNO-palvelut", null)]
    [InlineData("OPINTIE", null)]
    [InlineData("Vastuuta 2020", null)]
    public void Derives_acronyms(string name, string? acronym) => Assert.Equal(acronym, ReportImporter.AcronymOf(name));
}
