using Juurru.Features.Search;
using Juurru.Features.Search.Analysis;

namespace Juurru.Tests.Features.Search;

/// <summary>The analyzer alone: what a word of a document is found by, and what a query word matches.</summary>
public sealed class AnalyzerTests
{
    private static readonly Lazy<TextAnalyzer> WithVoikko = new(() => new TextAnalyzer(new Juurru.Features.Search.Analysis.Voikko()));
    private static readonly TextAnalyzer Light = new(Juurru.Features.Search.Analysis.Voikko.Unavailable("test"));

    private static TextAnalyzer Voikko()
    {
        Assert.SkipUnless(WithVoikko.Value.UsesVoikko, "libvoikko1 and voikko-fi are not installed (CI installs them).");
        return WithVoikko.Value;
    }

    private static bool Finds(TextAnalyzer analyzer, string query, string documentWord, string language = "fi") =>
        SearchQuery.Parse(query, analyzer).Words.All(w =>
            w.Terms.Matches(analyzer.AnalyzeText(documentWord, language).SelectMany(x => x.Terms).ToList()));

    [Theory]
    [InlineData("ohjaus", "uraohjauksen")]
    [InlineData("uraohjaus", "uraohjausmalli")]
    [InlineData("ohjaus", "Ohjausmalli")]
    [InlineData("varusmiehet", "Varusmiesten")]
    [InlineData("opiskelijakunta", "opiskelijakuntatoiminnan")]
    [InlineData("maahanmuuttaja", "maahanmuuttajien")]
    [InlineData("toinen aste", "toisen asteen")]
    [InlineData("keskeyttäminen", "keskeyttämisvaarassa")]
    [InlineData("mentorointi", "Vertaismentorointi")]
    [InlineData("mentorointi", "mentorointiin")]
    [InlineData("mentorointi", "Mentoritoiminta")]
    [InlineData("hoks", "HOKSin")]
    [InlineData("hoks", "HOKS:n")]
    [InlineData("hoks", "henkilökohtaisen osaamisen kehittämissuunnitelman")]
    [InlineData("amk", "ammattikorkeakouluun")]
    [InlineData("henkilökohtaistaminen", "henkilökohtaistamisen")]
    [InlineData("portfolio", "ePortfolio")]
    [InlineData("ohjaus", "SIMHE-ohjaus")]
    public void A_query_word_finds_inflected_and_compound_forms(string query, string document) =>
        Assert.True(Finds(Voikko(), query, document), $"{query} should find {document}");

    [Theory]
    [InlineData("ohjaus", "ohjaaja")]
    [InlineData("malli", "mallas")]
    [InlineData("uraohjaus", "ohjaus")]
    [InlineData("mentorointi", "mentaalinen")]
    public void A_query_word_does_not_find_unrelated_words(string query, string document) =>
        Assert.False(Finds(Voikko(), query, document), $"{query} should not find {document}");

    [Fact]
    public void Compound_parts_and_base_forms_come_from_voikko()
    {
        var terms = Voikko().DocumentTerms("uraohjauksen", "fi");
        Assert.Superset(new HashSet<string> { "uraohjaus", "ura", "ohjaus" }, terms.ToHashSet());
        Assert.Contains("keskeyttää", Voikko().DocumentTerms("keskeytys", "fi")); // derived from
        Assert.Empty(Voikko().DocumentTerms("ja", "fi")); // stop word
    }

    [Theory]
    [InlineData("mentorointi", "mentoroinnin")]
    [InlineData("ohjaus", "ohjauksen")]
    [InlineData("henkilökohtaistaminen", "henkilökohtaistamista")]
    [InlineData("hoks", "HOKSissa")]
    [InlineData("toinen", "toisen")]
    [InlineData("vägledning", "vägledningen")]
    public void Without_voikko_the_light_stemmer_still_finds_inflected_forms(string query, string document) =>
        Assert.True(Finds(Light, query, document, document == "vägledningen" ? "sv" : "fi"), $"{query} should find {document}");

    [Fact]
    public void A_quoted_phrase_a_prefix_and_stop_words_are_parsed()
    {
        var query = SearchQuery.Parse("\"toisen asteen\" ohja* ja", Light);
        Assert.Equal(2, query.Clauses.Count);
        Assert.True(query.Clauses[0].Phrase);
        Assert.Equal(["ohja"], query.Clauses[1].Words[0].Terms.Prefixes);
        Assert.True(SearchQuery.Parse("ja on", Light).OnlyStopWords);
        Assert.True(SearchQuery.Parse("  ", Light).IsEmpty);
    }

    [Fact]
    public void Highlighting_marks_the_forms_the_query_matched()
    {
        var analyzer = Voikko();
        var query = SearchQuery.Parse("ohjaus", analyzer);
        var pieces = new Highlighter(analyzer).Highlight("Uraohjauksen malli ja ohjaajan opas", query, "fi");
        Assert.Equal(["Uraohjauksen"], pieces.Where(p => p.Match).Select(p => p.Text));
        Assert.Equal("<mark>Uraohjauksen</mark> malli ja ohjaajan opas", Highlighter.ToHtml(pieces));
        Assert.Equal("&lt;b&gt;<mark>ohjaus</mark>", Highlighter.ToHtml(new Highlighter(analyzer).Highlight("<b>ohjaus", query, "fi")));
    }
}
