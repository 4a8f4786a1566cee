using System.Text.RegularExpressions;
using Juurru.Features.Shared;
using Juurru.Features.Surveys;

namespace Juurru.Features.Rooting.FollowUps;

/// <summary>
/// The survey of a follow-up, made with the survey engine: first "is it still in use?" for each of the project's published
/// practices (all on one page), then for each practice in use the places where it has taken root, who keeps it going and
/// the evidence (a link or a file), and for each that stopped, why. Texts in Finnish, Swedish and English.
/// </summary>
public static partial class FollowUpSurvey
{
    public sealed record PracticeItem(int Id, string Title);

    // Question keys per practice: "p12" is the use, "p12where", "p12who", "p12left", "p12link", "p12file", "p12why" the rest.
    public static string Use(int practice) => $"p{practice}";
    public static string Where(int practice) => $"p{practice}where";
    public static string Who(int practice) => $"p{practice}who";
    public static string Left(int practice) => $"p{practice}left";
    public static string Link(int practice) => $"p{practice}link";
    public static string File(int practice) => $"p{practice}file";
    public static string Why(int practice) => $"p{practice}why";

    public const string StatusSection = "status";

    public static readonly IReadOnlyList<(RootingUse Use, string Value, LocalizedText Text)> Uses =
    [
        (RootingUse.Yes, "yes", LocalizedText.Of("Kyllä, se on käytössä", "Ja, den används", "Yes, it is in use")),
        (RootingUse.Partly, "partly", LocalizedText.Of("Osittain", "Delvis", "Partly")),
        (RootingUse.No, "no", LocalizedText.Of("Ei enää", "Inte längre", "No longer")),
        (RootingUse.Never, "never", LocalizedText.Of("Ei ole ollut meillä käytössä", "Har inte använts hos oss", "We have never used it")),
        (RootingUse.DontKnow, "unknown", LocalizedText.Of("En osaa sanoa", "Vet inte", "Don't know")),
    ];

    public static readonly IReadOnlyList<(string Value, LocalizedText Text)> Places =
    [
        ("strategy", LocalizedText.Of("Strategiaan tai toimintasuunnitelmaan", "I strategin eller verksamhetsplanen", "The strategy or action plan")),
        ("curriculum", LocalizedText.Of("Opetussuunnitelmaan", "I läroplanen", "The curriculum")),
        ("quality", LocalizedText.Of("Laatujärjestelmään tai prosessikuvauksiin", "I kvalitetssystemet eller processbeskrivningarna", "The quality system or process descriptions")),
        ("daily", LocalizedText.Of("Arkiseen työhön", "I det dagliga arbetet", "Daily work")),
        ("other", LocalizedText.Of("Muualle", "Någon annanstans", "Elsewhere")),
    ];

    public static SurveyDefinition Build(string project, int months, IReadOnlyList<PracticeItem> practices)
    {
        var inUse = new List<string> { "yes", "partly" };
        var definition = new SurveyDefinition
        {
            Languages = ["fi", "sv", "en"],
            Title = LocalizedText.Of($"Juurtumisseuranta {months} kk: {project}", $"Uppföljning av förankringen {months} mån: {project}", $"Rooting follow-up, {months} months: {project}"),
            Intro = LocalizedText.Of(
                $"Hanke {project} päättyi {months} kuukautta sitten. Kysymme, ovatko sen käytännöt yhä käytössä organisaatiossanne. Vastaukset näkyvät käytäntöjen sivuilla Juurrussa, jotta muut tietävät, missä ne elävät. Vastaaminen vie muutaman minuutin.",
                $"Projektet {project} avslutades för {months} månader sedan. Vi frågar om dess praxis fortfarande används i er organisation. Svaren syns på praxisens sidor i Juurru, så att andra vet var de lever. Att svara tar några minuter.",
                $"The project {project} ended {months} months ago. We ask whether its practices are still in use at your organisation. The answers show on the practices' pages in Juurru, so that others know where they live. Answering takes a few minutes."),
        };
        var status = new SectionDefinition
        {
            Key = StatusSection,
            Title = LocalizedText.Of("Ovatko käytännöt yhä käytössä?", "Används praxisen fortfarande?", "Are the practices still in use?"),
            Intro = LocalizedText.Of("Vastaa organisaatiosi puolesta jokaisesta käytännöstä.", "Svara för er organisation om varje praxis.", "Answer for your organisation about each practice."),
        };
        definition.Sections.Add(status);
        foreach (var p in practices)
        {
            status.Questions.Add(new QuestionDefinition
            {
                Key = Use(p.Id), Type = QuestionType.SingleChoice, Required = true, Text = LocalizedText.Of(p.Title, p.Title, p.Title),
                Options = Uses.Select(u => new Choice { Value = u.Value, Text = u.Text.Copy() }).ToList(),
            });
        }
        foreach (var p in practices)
        {
            definition.Sections.Add(new SectionDefinition
            {
                Key = $"p{p.Id}-use",
                Title = LocalizedText.Of(p.Title, p.Title, p.Title),
                ShowIf = new Condition { Question = Use(p.Id), Operator = ConditionOperator.AnyOf, Values = inUse },
                Questions =
                [
                    new QuestionDefinition
                    {
                        Key = Where(p.Id), Type = QuestionType.MultipleChoice,
                        Text = LocalizedText.Of("Mihin se on juurtunut?", "Var har den förankrats?", "Where has it taken root?"),
                        Options = Places.Select(x => new Choice { Value = x.Value, Text = x.Text.Copy() }).ToList(),
                    },
                    new QuestionDefinition
                    {
                        Key = Who(p.Id), Type = QuestionType.ShortText,
                        Text = LocalizedText.Of("Kuka pitää sitä yllä?", "Vem håller den vid liv?", "Who keeps it going?"),
                        Help = LocalizedText.Of("Rooli tai tiimi, esim. opinto-ohjaajat.", "En roll eller ett team, t.ex. studiehandledarna.", "A role or a team, e.g. the guidance counsellors."),
                    },
                    new QuestionDefinition
                    {
                        Key = Left(p.Id), Type = QuestionType.LongText,
                        ShowIf = new Condition { Question = Use(p.Id), Operator = ConditionOperator.AnyOf, Values = ["partly"] },
                        Text = LocalizedText.Of("Mikä siitä jäi pois ja miksi?", "Vad lämnades bort och varför?", "What was left out, and why?"),
                    },
                    new QuestionDefinition
                    {
                        Key = Link(p.Id), Type = QuestionType.ShortText,
                        Text = LocalizedText.Of("Linkki näyttöön", "Länk till belägg", "A link to evidence"),
                        Help = LocalizedText.Of("Esim. opetussuunnitelma tai strategia verkossa.", "T.ex. läroplanen eller strategin på webben.", "E.g. the curriculum or the strategy on the web."),
                    },
                    new QuestionDefinition
                    {
                        Key = File(p.Id), Type = QuestionType.File,
                        Text = LocalizedText.Of("Tai liitä asiakirja näytöksi", "Eller bifoga ett dokument som belägg", "Or attach a document as evidence"),
                    },
                ],
            });
            definition.Sections.Add(new SectionDefinition
            {
                Key = $"p{p.Id}-stop",
                Title = LocalizedText.Of(p.Title, p.Title, p.Title),
                ShowIf = new Condition { Question = Use(p.Id), Operator = ConditionOperator.AnyOf, Values = ["no"] },
                Questions =
                [
                    new QuestionDefinition
                    {
                        Key = Why(p.Id), Type = QuestionType.LongText, Required = true,
                        Text = LocalizedText.Of("Miksi sen käyttö loppui?", "Varför slutade den användas?", "Why did it stop?"),
                    },
                ],
            });
        }
        return definition;
    }

    /// <summary>The practices a follow-up survey asks about, from its use questions.</summary>
    public static IReadOnlyList<int> PracticeIds(SurveyDefinition definition) =>
        definition.Sections.FirstOrDefault(s => s.Key == StatusSection)?.Questions
            .Select(q => UseKey().Match(q.Key)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).ToList() ?? [];

    public static RootingUse? UseOf(string? value) => Uses.Where(u => u.Value == value).Select(u => (RootingUse?)u.Use).FirstOrDefault();

    [GeneratedRegex("^p([0-9]+)$")]
    private static partial Regex UseKey();
}
