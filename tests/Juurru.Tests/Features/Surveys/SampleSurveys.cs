namespace Juurru.Tests.Features.Surveys;

/// <summary>
/// Definitions for tests, shaped like the Välitä! network survey (seed 004): which network projects and themes the
/// respondent took part in (multi-select), a Likert question with "En osaa sanoa", a theme block shown only to those in
/// the theme, an open question. The texts are the tests' own.
/// </summary>
public static class SampleSurveys
{
    public const string NetworkSurvey = """
    {
      "languages": ["fi", "sv"],
      "title": { "fi": "Verkostokysely 2025", "sv": "Nätverksenkät 2025", "en": "" },
      "intro": { "fi": "Kerro, miten verkostohanke onnistui.", "sv": "", "en": "" },
      "sections": [
        {
          "key": "background",
          "title": { "fi": "Taustatiedot", "sv": "Bakgrund", "en": "" },
          "questions": [
            { "key": "role", "type": "SingleChoice", "required": true, "text": { "fi": "Roolisi hankkeessa", "sv": "Din roll", "en": "" },
              "options": [ { "value": "lead", "text": { "fi": "Koordinaattori tai päätoteuttaja", "sv": "", "en": "" } },
                           { "value": "partner", "text": { "fi": "Kumppani tai osatoteuttaja", "sv": "", "en": "" } } ] },
            { "key": "themes", "type": "MultipleChoice", "required": true, "minPicks": 1, "maxPicks": 2,
              "text": { "fi": "Mihin teemoihin osallistuit?", "sv": "", "en": "" },
              "options": [ { "value": "A", "text": { "fi": "Osallisuus", "sv": "", "en": "" } },
                           { "value": "B", "text": { "fi": "Hyvinvointi", "sv": "", "en": "" } },
                           { "value": "C", "text": { "fi": "Arjenhallinta", "sv": "", "en": "" } } ] }
          ]
        },
        {
          "key": "success",
          "title": { "fi": "Onnistuminen", "sv": "", "en": "" },
          "questions": [
            { "key": "overall", "type": "Likert", "required": true, "text": { "fi": "Arvioi hankkeen onnistumista", "sv": "", "en": "" },
              "scale": { "min": 1, "max": 5, "dontKnow": true,
                         "minLabel": { "fi": "Ei lainkaan onnistunut", "sv": "", "en": "" }, "maxLabel": { "fi": "Erittäin onnistunut", "sv": "", "en": "" },
                         "dontKnowLabel": { "fi": "", "sv": "", "en": "" } } },
            { "key": "staff", "type": "Number", "text": { "fi": "Montako henkilöä organisaatiostasi osallistui?", "sv": "", "en": "" } }
          ]
        },
        {
          "key": "themeA",
          "title": { "fi": "Teema: osallisuus", "sv": "", "en": "" },
          "showIf": { "question": "themes", "operator": "Includes", "values": ["A"] },
          "questions": [
            { "key": "a1", "type": "Matrix", "required": true, "text": { "fi": "Miten osallisuus vahvistui?", "sv": "", "en": "" },
              "statements": [ { "value": "voice", "text": { "fi": "Opiskelijoiden ääni kuuluu", "sv": "", "en": "" } },
                              { "value": "union", "text": { "fi": "Opiskelijakunta toimii", "sv": "", "en": "" } } ],
              "scale": { "min": 1, "max": 5, "dontKnow": true, "minLabel": { "fi": "Täysin eri mieltä", "sv": "", "en": "" },
                         "maxLabel": { "fi": "Täysin samaa mieltä", "sv": "", "en": "" }, "dontKnowLabel": { "fi": "", "sv": "", "en": "" } } }
          ]
        },
        {
          "key": "open",
          "title": { "fi": "Lopuksi", "sv": "", "en": "" },
          "questions": [
            { "key": "recommend", "type": "Recommendation", "text": { "fi": "Suosittelisitko verkostoa kollegalle?", "sv": "", "en": "" } },
            { "key": "feedback", "type": "LongText", "text": { "fi": "Mitä muuta haluat sanoa?", "sv": "", "en": "" } }
          ]
        }
      ]
    }
    """;

    /// <summary>A one-page feedback survey: a role, a Likert statement with "En osaa sanoa", hours, an open comment.</summary>
    public const string Feedback = """
    {
      "languages": ["fi", "sv"],
      "title": { "fi": "Palautekysely", "sv": "Responsenkät", "en": "" },
      "sections": [
        { "key": "s1", "title": { "fi": "Palaute", "sv": "Respons", "en": "" },
          "questions": [
            { "key": "role", "type": "SingleChoice", "required": true, "text": { "fi": "Roolisi", "sv": "Din roll", "en": "" },
              "options": [ { "value": "teacher", "text": { "fi": "Opettaja", "sv": "Lärare", "en": "" } },
                           { "value": "counsellor", "text": { "fi": "Opinto-ohjaaja", "sv": "Studiehandledare", "en": "" } } ] },
            { "key": "useful", "type": "Likert", "required": true, "text": { "fi": "Koulutus oli hyödyllinen", "sv": "Utbildningen var nyttig", "en": "" },
              "scale": { "min": 1, "max": 5, "dontKnow": true, "minLabel": { "fi": "Täysin eri mieltä", "sv": "", "en": "" },
                         "maxLabel": { "fi": "Täysin samaa mieltä", "sv": "", "en": "" }, "dontKnowLabel": { "fi": "", "sv": "", "en": "" } } },
            { "key": "hours", "type": "Number", "text": { "fi": "Montako tuntia käytit?", "sv": "", "en": "" } },
            { "key": "comment", "type": "LongText", "text": { "fi": "Terveiset järjestäjille", "sv": "", "en": "" } }
          ] }
      ]
    }
    """;

    /// <summary>
    /// Every question type on one page, with the longest texts a phone must fit: a long choice, a compound word of 40
    /// letters, a 0–10 scale and a 1–5 scale with "En osaa sanoa", a matrix of two statements.
    /// </summary>
    public const string EveryQuestionType = """
    {
      "languages": ["fi"],
      "title": { "fi": "Kaikki kysymystyypit", "sv": "", "en": "" },
      "sections": [
        { "key": "all", "title": { "fi": "Kysymykset", "sv": "", "en": "" },
          "questions": [
            { "key": "single", "type": "SingleChoice", "required": true, "text": { "fi": "Missä ammattikorkeakoulututkintokoulutusohjelmassa opiskelet tai työskentelet tällä hetkellä?", "sv": "", "en": "" },
              "options": [ { "value": "1", "text": { "fi": "Sosiaali- ja terveysalan ammattikorkeakoulututkintokoulutusohjelmassa, jossa on sekä päivä- että monimuotototeutus", "sv": "", "en": "" } },
                           { "value": "2", "text": { "fi": "Muu", "sv": "", "en": "" } } ] },
            { "key": "multi", "type": "MultipleChoice", "required": true, "text": { "fi": "Mihin teemoihin osallistuit?", "sv": "", "en": "" },
              "options": [ { "value": "1", "text": { "fi": "Opiskelijahyvinvointi ja yhteisöllisyys oppilaitoksessa", "sv": "", "en": "" } },
                           { "value": "2", "text": { "fi": "Työelämäyhteistyö", "sv": "", "en": "" } } ] },
            { "key": "likert", "type": "Likert", "required": true, "text": { "fi": "Toiminta oli hyödyllistä", "sv": "", "en": "" },
              "scale": { "min": 1, "max": 5, "dontKnow": true, "minLabel": { "fi": "Täysin eri mieltä", "sv": "", "en": "" },
                         "maxLabel": { "fi": "Täysin samaa mieltä", "sv": "", "en": "" }, "dontKnowLabel": { "fi": "", "sv": "", "en": "" } } },
            { "key": "matrix", "type": "Matrix", "required": true, "text": { "fi": "Arvioi väittämiä", "sv": "", "en": "" },
              "statements": [ { "value": "a", "text": { "fi": "Opiskelijoiden osallisuus vahvistui toimintakulttuurissa", "sv": "", "en": "" } },
                              { "value": "b", "text": { "fi": "Henkilöstö sai uusia työkaluja", "sv": "", "en": "" } } ],
              "scale": { "min": 1, "max": 5, "dontKnow": true, "minLabel": { "fi": "Täysin eri mieltä", "sv": "", "en": "" },
                         "maxLabel": { "fi": "Täysin samaa mieltä", "sv": "", "en": "" }, "dontKnowLabel": { "fi": "", "sv": "", "en": "" } } },
            { "key": "nps", "type": "Recommendation", "required": true, "text": { "fi": "Suosittelisitko toimintaa kollegalle?", "sv": "", "en": "" } },
            { "key": "short", "type": "ShortText", "text": { "fi": "Organisaatiosi", "sv": "", "en": "" } },
            { "key": "long", "type": "LongText", "text": { "fi": "Mitä muuta haluat sanoa?", "sv": "", "en": "" } },
            { "key": "number", "type": "Number", "text": { "fi": "Montako henkilöä osallistui?", "sv": "", "en": "" } },
            { "key": "date", "type": "Date", "text": { "fi": "Milloin aloititte?", "sv": "", "en": "" } },
            { "key": "file", "type": "File", "text": { "fi": "Liitä suunnitelma", "sv": "", "en": "" } }
          ] }
      ]
    }
    """;
}
