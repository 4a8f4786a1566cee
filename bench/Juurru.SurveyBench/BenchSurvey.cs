using Juurru.Features.Shared;
using Juurru.Features.Surveys;

namespace Juurru.SurveyBench;

/// <summary>
/// Surveys of a given number of questions in one section, the mix of a typical feedback survey (choices, Likert
/// statements, a matrix, numbers, a date, a recommendation, open answers), and random complete answers to them.
/// </summary>
public static class BenchSurvey
{
    // The types cycle in this order: a 25-question survey has 4 single choices, 3 multiple choices, 8 Likert questions,
    // 2 matrices of 4 statements, 2 numbers, 1 date, 1 recommendation, 2 short and 2 long texts.
    private static readonly QuestionType[] Pattern =
    [
        QuestionType.SingleChoice, QuestionType.Likert, QuestionType.MultipleChoice, QuestionType.Likert, QuestionType.Matrix,
        QuestionType.SingleChoice, QuestionType.Likert, QuestionType.Number, QuestionType.ShortText, QuestionType.Likert,
        QuestionType.SingleChoice, QuestionType.MultipleChoice, QuestionType.Likert, QuestionType.LongText, QuestionType.Recommendation,
        QuestionType.SingleChoice, QuestionType.Likert, QuestionType.Matrix, QuestionType.Number, QuestionType.ShortText,
        QuestionType.MultipleChoice, QuestionType.Likert, QuestionType.Date, QuestionType.Likert, QuestionType.LongText,
    ];

    public static SurveyDefinition Definition(int questions, string title)
    {
        static LocalizedText T(string fi) => LocalizedText.Of(fi, fi + " (sv)", fi + " (en)");
        static List<Choice> Choices(string prefix, int n) =>
            Enumerable.Range(1, n).Select(i => new Choice { Value = $"{prefix}{i}", Text = T($"Vaihtoehto {i}") }).ToList();
        var section = new SectionDefinition { Key = "s1", Title = T("Kysymykset") };
        for (var i = 1; i <= questions; i++)
        {
            var type = Pattern[(i - 1) % Pattern.Length];
            var q = new QuestionDefinition { Key = $"q{i}", Type = type, Text = T($"Kysymys {i}"), Required = type is not (QuestionType.ShortText or QuestionType.LongText) };
            switch (type)
            {
                case QuestionType.SingleChoice: q.Options = Choices("o", 5); break;
                case QuestionType.MultipleChoice: q.Options = Choices("o", 6); q.MinPicks = 1; q.MaxPicks = 3; break;
                case QuestionType.Likert: q.Scale = Scale.Likert(); q.Scale.DontKnow = true; break;
                case QuestionType.Matrix: q.Statements = Choices("v", 4); q.Scale = Scale.Likert(); break;
            }
            section.Questions.Add(q);
        }
        return new SurveyDefinition { Languages = ["fi", "sv", "en"], Title = T(title), Sections = [section] };
    }

    private static readonly string[] Words = ["ohjaus", "opiskelija", "verkosto", "yhteistyö", "hanke", "oppilaitos", "malli", "kokemus", "tuki", "siirtymä", "työelämä", "palaute"];

    /// <summary>One complete random answer: answer key ("q3", or "q5.v2" for a matrix statement) → values.</summary>
    public static Dictionary<string, List<string>> Answer(SurveyDefinition definition, Random random)
    {
        var answer = new Dictionary<string, List<string>>();
        foreach (var q in definition.Questions)
        {
            switch (q.Type)
            {
                case QuestionType.SingleChoice:
                    answer[q.Key] = [q.Options[random.Next(q.Options.Count)].Value];
                    break;
                case QuestionType.MultipleChoice:
                    answer[q.Key] = q.Options.OrderBy(_ => random.Next()).Take(1 + random.Next(q.MaxPicks ?? 2)).Select(o => o.Value).ToList();
                    break;
                case QuestionType.Likert:
                    answer[q.Key] = [random.Next(12) == 0 ? Scale.DontKnowValue : Skewed(random, 1, 5)];
                    break;
                case QuestionType.Matrix:
                    foreach (var s in q.Statements) answer[$"{q.Key}.{s.Value}"] = [Skewed(random, 1, 5)];
                    break;
                case QuestionType.Recommendation:
                    answer[q.Key] = [Skewed(random, 0, 10)];
                    break;
                case QuestionType.Number:
                    answer[q.Key] = [random.Next(0, 200).ToString()];
                    break;
                case QuestionType.Date:
                    answer[q.Key] = [new DateOnly(2025, 1, 1).AddDays(random.Next(365)).ToString("yyyy-MM-dd")];
                    break;
                default:
                    if (random.Next(3) > 0)
                        answer[q.Key] = [string.Join(' ', Enumerable.Range(0, q.Type == QuestionType.LongText ? 30 : 5).Select(_ => Words[random.Next(Words.Length)]))];
                    break;
            }
        }
        return answer;
    }

    // Answers lean to the upper half of a scale, as in real feedback.
    private static string Skewed(Random random, int min, int max) => Math.Max(min, max - (int)Math.Abs(random.NextDouble() * random.NextDouble() * (max - min + 1))).ToString();
}
