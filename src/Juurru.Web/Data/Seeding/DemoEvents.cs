using Juurru.Features.Events;
using Juurru.Features.Shared;

namespace Juurru.Data.Seeding;

/// <summary>
/// The demo's events: a theme event three weeks ahead with a programme of talks, a micro-break, a facilitated panel and
/// networking (as the networks' own theme events run), and a webinar two months ago in the archive.
/// </summary>
public sealed class DemoEvents(JuurruDbContext db)
{
    public async Task AddAsync(int networkId, DateTime now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(Dates.ToHelsinki(now));
        Event Held(EventKind kind, string title, DateOnly day, TimeOnly from, TimeOnly to)
        {
            var e = new Event { NetworkId = networkId, Kind = kind, Title = title, CreatedAt = now, UpdatedAt = now };
            e.Schedule(Dates.FromHelsinki(day.ToDateTime(from)), Dates.FromHelsinki(day.ToDateTime(to)));
            return e;
        }
        static ProgrammeItem Item(int order, int h1, int m1, int h2, int m2, ProgrammeItemKind kind, string title, Person? facilitator = null, params Person[] speakers) =>
            new() { SortOrder = order, StartsAt = new TimeOnly(h1, m1), EndsAt = new TimeOnly(h2, m2), Kind = kind, Title = title, Facilitator = facilitator, Speakers = [.. speakers] };

        var theme = Held(EventKind.ThemeEvent, "Ohjaus kuuluu kaikille – siirtymät toiselle asteelle", today.AddDays(21), new TimeOnly(14, 0), new TimeOnly(16, 0));
        theme.Description = "Verkoston teematapahtumassa kuullaan, miten hankkeet ovat tukeneet nuorten siirtymiä, ja keskustellaan paneelissa, mikä ohjauksessa kannattaa juurruttaa.\n\n"
                            + "Tilaisuus on maksuton. Kahvitarjoilu paikan päällä.";
        theme.Place = "Järviseudun ammattikorkeakoulu, Opistotie 1, Järvikylä";
        theme.Room = "Auditorio A";
        theme.OnlineUrl = "https://meet.example.org/polkuverkosto-teematapahtuma";
        theme.Organisers = "Juurtuva – verkoston koordinaatio";
        theme.Audience = "Opinto-ohjaajat, hankkeiden työntekijät ja koulutuksen järjestäjät";
        theme.Programme.AddRange(
        [
            Item(0, 14, 0, 14, 25, ProgrammeItemKind.Talk, "Alustus: siirtymävaiheen ohjaus verkoston hankkeissa", null, new Person("Aino Esimerkki", "projektipäällikkö", "Rannikkoseudun ammattiopisto")),
            Item(1, 14, 25, 14, 35, ProgrammeItemKind.Talk, "Mentorit mukaan – mitä opimme 300 mentorointiparista", null, new Person("Mikko Mentori", "projektikoordinaattori", "Järviseudun ammattikorkeakoulu")),
            Item(2, 14, 35, 14, 40, ProgrammeItemKind.Break, "Mikrotauko"),
            Item(3, 14, 40, 15, 25, ProgrammeItemKind.Panel, "Paneelikeskustelu: mikä ohjauksessa jää elämään hankkeen jälkeen?",
                new("Elin Exempel", "projektledare", "Kustregionens yrkesinstitut"),
                new("Saara Opinto", "opinto-ohjaaja", "Järvikylän yhtenäiskoulu"), new("Leo Lukio", "opiskelija", "Rannikkoseudun ammattiopisto"),
                new("Tuula Työelämä", "henkilöstöpäällikkö", "Järvikylän Metalli Oy"), new("Kari Kunta", "nuorisotyöntekijä", "Järvikylän kaupunki")),
            Item(4, 15, 30, 16, 0, ProgrammeItemKind.Networking, "Kahvitarjoilu, verkostoitumista ja keskustelua"),
        ]);
        theme.Publish();

        var webinar = Held(EventKind.Webinar, "Vertaisarviointi tutuksi – webinaari hankkeille", today.AddDays(-60), new TimeOnly(9, 0), new TimeOnly(10, 30));
        webinar.Description = "Miten verkoston vertaisarviointi etenee, ja miten käytäntö kuvataan niin, että arvioijat ymmärtävät sen.";
        webinar.OnlineUrl = "https://meet.example.org/polkuverkosto-webinaari";
        webinar.Organisers = "Juurtuva – verkoston koordinaatio";
        webinar.Audience = "Hankkeiden työntekijät";
        webinar.Programme.AddRange(
        [
            Item(0, 9, 0, 9, 30, ProgrammeItemKind.Talk, "Arvioinnin kaksi vaihetta ja kriteerit", null, new Person("Aino Esimerkki", "projektipäällikkö", "Rannikkoseudun ammattiopisto")),
            Item(1, 9, 30, 10, 15, ProgrammeItemKind.GroupDiscussion, "Pienryhmät: oman käytännön kuvaus arvioitavaksi", new("Mikko Mentori", "projektikoordinaattori", "Järviseudun ammattikorkeakoulu")),
            Item(2, 10, 15, 10, 30, ProgrammeItemKind.Talk, "Yhteenveto ja kysymykset"),
        ]);
        webinar.Publish();

        db.Events.AddRange(theme, webinar);
        await db.SaveChangesAsync(ct);
    }
}
