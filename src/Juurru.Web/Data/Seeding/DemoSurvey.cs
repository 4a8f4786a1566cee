using Juurru.Features.Shared;
using Juurru.Features.Surveys;

namespace Juurru.Data.Seeding;

/// <summary>
/// An invented network survey for the demo, open now, with answers already in, so that the survey pages and the report
/// have something to show. The answers come from a fixed random seed: every demo database gets the same report.
/// </summary>
public static class DemoSurvey
{
    public static SurveyDefinition Definition()
    {
        static LocalizedText T(string fi, string sv, string en) => LocalizedText.Of(fi, sv, en);
        static Choice C(string value, string fi, string sv, string en) => new() { Value = value, Text = T(fi, sv, en) };
        var agree = new Scale
        {
            Min = 1, Max = 5, DontKnow = true,
            MinLabel = T("Täysin eri mieltä", "Helt av annan åsikt", "Strongly disagree"),
            MaxLabel = T("Täysin samaa mieltä", "Helt av samma åsikt", "Strongly agree"),
        };
        return new SurveyDefinition
        {
            Languages = ["fi", "sv", "en"],
            Title = T("Polkuverkoston palautekysely (demo)", "Polkunätverkets responsenkät (demo)", "Polku network feedback survey (demo)"),
            Intro = T("Kerro, miten verkoston toiminta on sujunut. Vastaaminen vie noin viisi minuuttia.",
                "Berätta hur nätverkets verksamhet har fungerat. Det tar cirka fem minuter att svara.",
                "Tell us how the network's work has gone. Answering takes about five minutes."),
            ThankYou = T("Kokoamme tulokset verkoston seuraavaan tapaamiseen, ja raportti julkaistaan verkoston sivulla.",
                "Vi sammanställer resultaten till nätverkets nästa träff, och rapporten publiceras på nätverkets sida.",
                "We gather the results for the network's next meeting, and the report is published on the network's page."),
            Sections =
            [
                new()
                {
                    Key = "background", Title = T("Taustatiedot", "Bakgrund", "Background"),
                    Questions =
                    [
                        new() { Key = "role", Type = QuestionType.SingleChoice, Required = true, Text = T("Roolisi verkostossa", "Din roll i nätverket", "Your role in the network"),
                            Options = [C("lead", "Hankkeen vetäjä", "Projektledare", "Project lead"), C("staff", "Hanketyöntekijä", "Projektanställd", "Project staff"), C("other", "Muu", "Annan", "Other")] },
                        new() { Key = "themes", Type = QuestionType.MultipleChoice, Required = true, MinPicks = 1,
                            Text = T("Mihin teemoihin osallistuit?", "I vilka teman deltog du?", "Which themes did you take part in?"),
                            Options = [C("guidance", "Ohjaus ennen koulutusta", "Vägledning före utbildning", "Guidance before education"),
                                       C("studies", "Opinnoissa tukeminen", "Stöd under studierna", "Support during studies"),
                                       C("work", "Työelämään siirtyminen", "Övergång till arbetslivet", "Moving into work")] },
                    ],
                },
                new()
                {
                    Key = "network", Title = T("Verkoston toiminta", "Nätverkets verksamhet", "The network's work"),
                    Questions =
                    [
                        new() { Key = "statements", Type = QuestionType.Matrix, Required = true, Scale = agree,
                            Text = T("Arvioi väittämiä", "Bedöm påståendena", "Rate the statements"),
                            Statements = [C("meetings", "Tapaamiset olivat hyödyllisiä", "Träffarna var nyttiga", "The meetings were useful"),
                                          C("practices", "Sain käyttööni uusia käytäntöjä", "Jag fick nya arbetssätt", "I took up new practices"),
                                          C("lasting", "Toiminta jatkuu hankkeen jälkeen", "Verksamheten fortsätter efter projektet", "The work continues after the project")] },
                        new() { Key = "recommend", Type = QuestionType.Recommendation,
                            Text = T("Kuinka todennäköisesti suosittelisit verkostoa kollegalle?", "Hur sannolikt skulle du rekommendera nätverket till en kollega?", "How likely would you recommend the network to a colleague?") },
                    ],
                },
                new()
                {
                    Key = "work", Title = T("Työelämään siirtyminen", "Övergång till arbetslivet", "Moving into work"),
                    ShowIf = new Condition { Question = "themes", Operator = ConditionOperator.Includes, Values = ["work"] },
                    Questions =
                    [
                        new() { Key = "employers", Type = QuestionType.Number, Text = T("Montako työnantajaa osallistui?", "Hur många arbetsgivare deltog?", "How many employers took part?") },
                    ],
                },
                new()
                {
                    Key = "end", Title = T("Lopuksi", "Till sist", "Finally"),
                    Questions = [new() { Key = "feedback", Type = QuestionType.LongText, Text = T("Mitä muuta haluat sanoa?", "Vad vill du mera säga?", "Anything else?") }],
                },
            ],
        };
    }

    public static IEnumerable<Answers> Responses(int count)
    {
        var random = new Random(2025);
        string[] feedback = ["Tapaamisia voisi olla useammin.", "Hyvä verkosto, kiitos!", "Materiaalit olisi hyvä koota yhteen paikkaan."];
        for (var i = 0; i < count; i++)
        {
            var a = new Answers();
            a.Set("role", [random.Next(10) switch { < 3 => "lead", < 9 => "staff", _ => "other" }]);
            var themes = new[] { "guidance", "studies", "work" }.Where(_ => random.Next(2) == 0).ToList();
            a.Set("themes", themes.Count == 0 ? ["studies"] : themes);
            foreach (var s in new[] { "meetings", "practices", "lasting" })
                a.Set($"statements.{s}", [random.Next(12) == 0 ? Scale.DontKnowValue : (2 + random.Next(4)).ToString()]);
            a.Set("recommend", [(4 + random.Next(7)).ToString()]);
            if (a.Get("themes").Contains("work")) a.Set("employers", [(1 + random.Next(12)).ToString()]);
            if (random.Next(4) == 0) a.Set("feedback", [feedback[random.Next(feedback.Length)]]);
            yield return a;
        }
    }
}
