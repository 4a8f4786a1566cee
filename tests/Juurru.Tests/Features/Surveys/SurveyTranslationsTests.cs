using Juurru.Features.Surveys;
using Juurru.Features.Surveys.Building;

namespace Juurru.Tests.Features.Surveys;

/// <summary>The settings page tells how many texts a language still lacks: every Finnish text without its translation, and nothing else.</summary>
public sealed class SurveyTranslationsTests
{
    [Fact]
    public void Every_finnish_text_without_a_translation_counts_and_empty_ones_do_not()
    {
        var d = SurveyFormat.Parse(SampleSurveys.Feedback).Definition!;
        // Swedish lacks the scale's two end labels and the texts of the hours and comment questions.
        Assert.Equal(4, SurveyTranslations.Missing(d, "sv"));
        // English has none: the title, the section title, four question texts, two choices and two end labels.
        Assert.Equal(10, SurveyTranslations.Missing(d, "en"));
        Assert.Equal(0, SurveyTranslations.Missing(d, "fi"));
    }
}
