using Juurru.Features.Shared;

namespace Juurru.Features.Surveys.Building;

/// <summary>What a survey offered in a language still shows in Finnish there (texts fall back to Finnish, see <see cref="LocalizedText.In"/>).</summary>
public static class SurveyTranslations
{
    /// <summary>How many of the survey's texts a respondent choosing the language would read in Finnish.</summary>
    public static int Missing(SurveyDefinition d, string language) => Texts(d).Count(t => !string.IsNullOrWhiteSpace(t.Fi) && string.IsNullOrWhiteSpace(In(t, language)));

    private static string In(LocalizedText t, string language) => language switch { "sv" => t.Sv, "en" => t.En, _ => t.Fi };

    private static IEnumerable<LocalizedText> Texts(SurveyDefinition d)
    {
        yield return d.Title;
        yield return d.Intro;
        yield return d.ThankYou;
        foreach (var s in d.Sections)
        {
            yield return s.Title;
            yield return s.Intro;
            foreach (var q in s.Questions)
            {
                yield return q.Text;
                yield return q.Help;
                foreach (var c in q.Options.Concat(q.Statements)) yield return c.Text;
                if (q.Scale is { } scale)
                {
                    yield return scale.MinLabel;
                    yield return scale.MaxLabel;
                    yield return scale.DontKnowLabel;
                }
            }
        }
    }
}
