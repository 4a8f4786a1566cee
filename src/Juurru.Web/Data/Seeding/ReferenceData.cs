using Juurru.Features.Networks;
using Juurru.Features.Vocabulary;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Data.Seeding;

/// <summary>
/// Data every installation ships with: the Finnish regions and the "Sujuvat siirtymät" network with
/// its theme tree (themes A–D of the ESF programme's transitions strand). Added when missing, never overwritten,
/// so coordinators may rename or extend it.
/// </summary>
public sealed class ReferenceData(JuurruDbContext db)
{
    public const string TransitionsNetworkSlug = "sujuvat-siirtymat";

    public async Task EnsureAsync(CancellationToken ct = default)
    {
        await EnsureRolesAsync(ct);
        await EnsureRegionsAsync(ct);
        await EnsureTransitionsNetworkAsync(ct);
    }

    private async Task EnsureRolesAsync(CancellationToken ct)
    {
        var name = Identity.Roles.Administrator;
        if (await db.Roles.AnyAsync(r => r.Name == name, ct)) return;
        db.Roles.Add(new Microsoft.AspNetCore.Identity.IdentityRole(name) { NormalizedName = name.ToUpperInvariant() });
        await db.SaveChangesAsync(ct);
    }

    private async Task EnsureRegionsAsync(CancellationToken ct)
    {
        var existing = await db.Regions.Select(r => r.Code).ToListAsync(ct);
        foreach (var (code, fi, sv, en) in Regions.Where(r => !existing.Contains(r.Code)))
        {
            db.Regions.Add(new Region { Code = code, NameFi = fi, NameSv = sv, NameEn = en });
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task EnsureTransitionsNetworkAsync(CancellationToken ct)
    {
        if (await db.Networks.AnyAsync(n => n.Slug == TransitionsNetworkSlug, ct)) return;
        var network = new Network
        {
            Slug = TransitionsNetworkSlug,
            Description = "ESR-rahoitteisten hankkeiden verkosto, joka kehittää siirtymiä perusopetuksesta toiselle asteelle, " +
                          "koulutuksen aikana sekä koulutuksesta työelämään ja jatko-opintoihin.",
        };
        network.Rename("Sujuvat siirtymät");
        network.AddThemes(TransitionsThemes);
        db.Networks.Add(network);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The theme tree: one letter codes a theme, letter and number its subthemes.</summary>
    public static readonly (string Code, string Name)[] TransitionsThemes =
    [
        ("A", "Sujuva siirtymä koulutukseen"),
        ("A1", "Hakeutumisen ohjauspalvelut"),
        ("A2", "Hakeutumisvaiheen henkilökohtaistaminen, koulutustutustuminen ja perehdyttäminen"),
        ("A3", "Avoimet oppimisympäristöt"),
        ("A4", "Hakeutumisvaiheen yhteistyö"),
        ("A5", "Ammatillisen koulutuksen vetovoimaisuus"),
        ("B", "Sujuvien siirtymien ohjaus koulutuksen aikana"),
        ("B1", "Ohjausta tukevat työkalut"),
        ("B2", "Ohjauspalvelut sekä ohjausta kehittävät uudet toimintatavat"),
        ("B3", "Ohjaavan opettajuuden kehittyminen"),
        ("B4", "HOKS ja henkilökohtaistaminen"),
        ("B5", "Oppimisanalytiikka ja opiskelijan digijalanjälki"),
        ("B6", "Työelämälähtöisyyttä tukevat toimintatavat"),
        ("B7", "Muut uudet oppimisympäristöt ja digitaalisuus"),
        ("B8", "Osaamisen tunnistaminen ja yksilöllisten opintopolkujen tukeminen"),
        ("C", "Varhainen puuttuminen, keskeyttämisen tuki sekä jatkuva hakeutuminen"),
        ("C1", "Keskeyttämistilanteessa olevien opiskelijoiden tunnistaminen ja ohjaus"),
        ("C2", "Opiskeluvalmiuksien sekä osallisuuden vahvistaminen"),
        ("C3", "Työvaltaiset oppimisympäristöt"),
        ("C4", "Opiskeluhuoltoa tukevat käytännöt ja mallit"),
        ("C5", "Sisäisiä siirtymiä tukevat käytännöt"),
        ("C6", "Jatkuvan hakeutumisen ohjaus"),
        ("D", "Sujuva siirtyminen työelämään ja jatko-opintoihin"),
        ("D1", "Väyläopinnot ammatillisesta koulutuksesta ammattikorkeakouluun"),
        ("D2", "Muut jatko-opintoihin siirtymistä tukevat mallit"),
        ("D3", "Ammatillisten oppilaitosten ja ammattikorkeakoulujen yhteistyötä edistävät mallit"),
        ("D4", "Uraohjaus ja työnhakutaitojen vahvistaminen"),
        ("D5", "Työllistymisen tukeminen"),
    ];

    /// <summary>The regions (maakunnat) with Statistics Finland's codes.</summary>
    public static readonly (string Code, string Fi, string Sv, string En)[] Regions =
    [
        ("MK01", "Uusimaa", "Nyland", "Uusimaa"),
        ("MK02", "Varsinais-Suomi", "Egentliga Finland", "Southwest Finland"),
        ("MK04", "Satakunta", "Satakunta", "Satakunta"),
        ("MK05", "Kanta-Häme", "Egentliga Tavastland", "Kanta-Häme"),
        ("MK06", "Pirkanmaa", "Birkaland", "Pirkanmaa"),
        ("MK07", "Päijät-Häme", "Päijänne-Tavastland", "Päijät-Häme"),
        ("MK08", "Kymenlaakso", "Kymmenedalen", "Kymenlaakso"),
        ("MK09", "Etelä-Karjala", "Södra Karelen", "South Karelia"),
        ("MK10", "Etelä-Savo", "Södra Savolax", "South Savo"),
        ("MK11", "Pohjois-Savo", "Norra Savolax", "North Savo"),
        ("MK12", "Pohjois-Karjala", "Norra Karelen", "North Karelia"),
        ("MK13", "Keski-Suomi", "Mellersta Finland", "Central Finland"),
        ("MK14", "Etelä-Pohjanmaa", "Södra Österbotten", "South Ostrobothnia"),
        ("MK15", "Pohjanmaa", "Österbotten", "Ostrobothnia"),
        ("MK16", "Keski-Pohjanmaa", "Mellersta Österbotten", "Central Ostrobothnia"),
        ("MK17", "Pohjois-Pohjanmaa", "Norra Österbotten", "North Ostrobothnia"),
        ("MK18", "Kainuu", "Kajanaland", "Kainuu"),
        ("MK19", "Lappi", "Lappland", "Lapland"),
        ("MK21", "Ahvenanmaa", "Åland", "Åland"),
    ];
}
