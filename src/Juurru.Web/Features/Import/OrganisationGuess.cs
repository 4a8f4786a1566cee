using Juurru.Data;
using Juurru.Features.Organisations;

namespace Juurru.Features.Import;

/// <summary>
/// A report names organisations only. Their type and region are guessed from the name (a "kuntayhtymä" is a vocational
/// provider, "Oulun …" lies in Pohjois-Pohjanmaa); coordinators can correct both on the organisation's page.
/// </summary>
public static class OrganisationGuess
{
    public static OrganisationType TypeOf(string name)
    {
        var n = TextKeys.Normalize(name);
        bool Has(params string[] parts) => parts.Any(n.Contains);
        if (Has("ammattikorkeakoulu", "yrkeshögskola", "university of applied")) return OrganisationType.UniversityOfAppliedSciences;
        if (Has("yliopisto", "universitet")) return OrganisationType.University;
        if (Has("säätiö", "diakonissalaitos", "stiftelse")) return OrganisationType.Foundation;
        if (Has("kaupunki", "kaupungin", " kunta", "kunnan ")) return OrganisationType.Municipality;
        if (Has("opetushallitus", "ely-keskus", "virasto", "maakuntaliitto") || IsRegionalCouncil(n)) return OrganisationType.Agency;
        if (n.EndsWith(" ry") || Has(" ry/", " ry ", "liitto", "förening", "förbund")) return OrganisationType.Association;
        if (Has("kuntayhtymä", "koulutuskeskus", "ammattiopisto", "opisto", "koulutus oy", "koulutus osakeyhtiö", "yrkesinstitut",
                "koulu", "koulutusliikelaitos", "winnova")) return OrganisationType.VocationalProvider;
        if (n.EndsWith(" oy") || Has(" oy ", " oy,", "osakeyhtiö", " ab")) return OrganisationType.Company;
        return OrganisationType.VocationalProvider;
    }

    private static bool IsRegionalCouncil(string n) => n.StartsWith("uudenmaan liitto") || n.StartsWith("lapin liitto");

    /// <summary>Region code (MKxx) from a place name in the organisation's name, or null.</summary>
    public static string? RegionOf(string name)
    {
        var n = TextKeys.Normalize(name);
        foreach (var (stem, code) in Places)
        {
            if (n.Contains(stem, StringComparison.Ordinal)) return code;
        }
        return null;
    }

    // Ordered so that the more specific stem wins ("länsi-uudenmaan" before "uudenmaan", "pohjois-karjala" before "karjala").
    private static readonly (string Stem, string Code)[] Places =
    [
        ("helsin", "MK01"), ("vantaa", "MK01"), ("espoo", "MK01"), ("keski-uudenmaan", "MK01"), ("länsi-uudenmaan", "MK01"),
        ("uudenmaan", "MK01"), ("nyland", "MK01"), ("laurea", "MK01"), ("practikum", "MK01"), ("luksia", "MK01"),
        ("turun", "MK02"), ("salon seudun", "MK02"), ("varsinais-suom", "MK02"),
        ("satakunnan", "MK04"), ("winnova", "MK04"), ("länsirannikon", "MK04"),
        ("hämeen ammattikorkeakoulu", "MK05"), ("hyria", "MK05"),
        ("tampere", "MK06"), ("nokian", "MK06"), ("valkeakosken", "MK06"), ("kiipula", "MK05"),
        ("salpaus", "MK07"), ("päijät-hämeen", "MK07"), ("valtakunnallinen valmennus- ja liikuntakeskus", "MK07"),
        ("kotkan-haminan", "MK08"), ("kaakkois-suomen", "MK08"),
        ("etelä-karjalan", "MK09"),
        ("mikkelin", "MK10"), ("etelä-savon", "MK10"), ("pieksämäen", "MK10"),
        ("ylä-savon", "MK11"),
        ("pohjois-karjalan", "MK12"), ("karelia", "MK12"),
        ("jyväskylän", "MK13"), ("jämsän", "MK13"), ("young leaders", "MK13"),
        ("seinäjoen", "MK14"),
        ("novia", "MK15"),
        ("keski-pohjanmaan", "MK16"), ("centria", "MK16"),
        ("oulun", "MK17"), ("osao", "MK17"), ("tyrnävän", "MK17"), ("tervaväylän", "MK17"),
        ("kajaanin", "MK18"),
        ("lapin", "MK19"), ("rovaniemen", "MK19"), ("kemi-tornionlaakson", "MK19"), ("korpisaaren", "MK18"),
    ];
}
