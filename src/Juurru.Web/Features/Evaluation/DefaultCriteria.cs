using Juurru.Features.Shared;
namespace Juurru.Features.Evaluation;

/// <summary>
/// The criteria a network starts with: what peers can judge from a presentation and the description, and what
/// experts judge about spreading it nationally. Coordinators edit them freely (Criteria page).
/// </summary>
public static class DefaultCriteria
{
    private static readonly (EvaluationPhase Phase, LocalizedText Name, LocalizedText Description)[] Items =
    [
        (EvaluationPhase.Peer,
            LocalizedText.Of("Kuvauksen selkeys", "Beskrivningens tydlighet", "Clarity of the description"),
            LocalizedText.Of("Ymmärtääkö ulkopuolinen lukija kuvauksesta, mitä käytännössä tehdään ja miksi?",
                "Förstår en utomstående läsare av beskrivningen vad som görs och varför?",
                "Can a reader from outside the project understand from the description what is done and why?")),
        (EvaluationPhase.Peer,
            LocalizedText.Of("Tavoite ja kohderyhmä", "Mål och målgrupp", "Goal and target group"),
            LocalizedText.Of("Onko tavoite selvä ja kohderyhmä rajattu niin, että tietää, kenelle käytäntö sopii?",
                "Är målet klart och målgruppen avgränsad så att man vet vem praxisen passar för?",
                "Is the goal clear and the target group defined well enough to know whom the practice suits?")),
        (EvaluationPhase.Peer,
            LocalizedText.Of("Näyttö tuloksista", "Belägg för resultat", "Evidence of results"),
            LocalizedText.Of("Onko kokeilusta kerätty tietoa (palautteet, mittarit, määrät), joka osoittaa käytännön toimivan?",
                "Har man samlat in uppgifter (respons, indikatorer, antal) som visar att praxisen fungerar?",
                "Has the pilot produced data (feedback, indicators, numbers) showing that the practice works?")),
        (EvaluationPhase.Peer,
            LocalizedText.Of("Käyttöönotettavuus aineistojen avulla", "Kan tas i bruk med materialet", "Adoptable with the materials provided"),
            LocalizedText.Of("Voisiko toinen organisaatio ottaa käytännön käyttöön kuvauksen, ohjeiden ja materiaalien avulla?",
                "Kunde en annan organisation ta i bruk praxisen med hjälp av beskrivningen, anvisningarna och materialet?",
                "Could another organisation adopt the practice from its description, instructions and materials?")),
        (EvaluationPhase.Peer,
            LocalizedText.Of("Realistiset resurssit", "Realistiska resurser", "Realistic resources"),
            LocalizedText.Of("Ovatko tarvittava työaika, osaaminen ja kustannukset kuvattu ja tavallisen organisaation ulottuvilla?",
                "Är den arbetstid, kompetens och de kostnader som behövs beskrivna och inom räckhåll för en vanlig organisation?",
                "Are the working time, skills and costs it needs described and within reach of an ordinary organisation?")),
        (EvaluationPhase.Expert,
            LocalizedText.Of("Valtakunnallinen levitettävyys", "Nationell spridbarhet", "National scalability"),
            LocalizedText.Of("Voiko käytännön levittää valtakunnallisesti sellaisenaan tai vähäisin muutoksin?",
                "Kan praxisen spridas nationellt som sådan eller med små ändringar?",
                "Can the practice be spread nationally as it is or with small changes?")),
        (EvaluationPhase.Expert,
            LocalizedText.Of("Siirrettävyys muihin ympäristöihin", "Överförbarhet till andra miljöer", "Transferability to other contexts"),
            LocalizedText.Of("Toimiiko käytäntö myös toisella koulutusasteella, alueella tai erikokoisessa organisaatiossa?",
                "Fungerar praxisen också på en annan utbildningsnivå, i en annan region eller i en organisation av annan storlek?",
                "Does the practice also work at another level of education, in another region or in an organisation of another size?")),
        (EvaluationPhase.Expert,
            LocalizedText.Of("Pysyvyys hankkeen jälkeen", "Hållbarhet efter projektet", "Sustainability after the project"),
            LocalizedText.Of("Onko käytännöllä omistaja, rahoitus ja paikka rakenteissa, kun hankerahoitus päättyy?",
                "Har praxisen en ägare, finansiering och en plats i strukturerna när projektfinansieringen tar slut?",
                "Does the practice have an owner, funding and a place in the structures when the project funding ends?")),
        (EvaluationPhase.Expert,
            LocalizedText.Of("Näyttö vaikuttavuudesta", "Belägg för effekt", "Evidence of impact"),
            LocalizedText.Of("Kuinka vahvaa on näyttö siitä, että käytäntö saa aikaan tavoitellun muutoksen?",
                "Hur starka är beläggen för att praxisen åstadkommer den eftersträvade förändringen?",
                "How strong is the evidence that the practice brings about the change it aims at?")),
    ];

    public static List<Criterion> For(int networkId) =>
        Items.Select((item, i) => new Criterion
        {
            NetworkId = networkId,
            Phase = item.Phase,
            SortOrder = i + 1,
            Name = item.Name.Copy(),
            Description = item.Description.Copy(),
            Scale = DefaultScale(),
        }).ToList();

    public static CriterionScale DefaultScale() => new()
    {
        Min = 1,
        Max = 5,
        MinLabel = LocalizedText.Of("Ei toteudu lainkaan", "Uppfylls inte alls", "Not met at all"),
        MaxLabel = LocalizedText.Of("Toteutuu erinomaisesti", "Uppfylls utmärkt", "Met excellently"),
    };
}
