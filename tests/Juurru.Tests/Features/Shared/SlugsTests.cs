using Juurru.Features.Shared;

namespace Juurru.Tests.Features.Shared;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Ryhmäytymisen malli", "ryhmaytymisen-malli")]
    [InlineData("Yrkesutbildning på åländska – steg 2.0", "yrkesutbildning-pa-alandska-steg-2-0")]
    [InlineData("  PURE STEEL: metallialan markkinointi!  ", "pure-steel-metallialan-markkinointi")]
    [InlineData("Opo & ura-ohjaus (TUVA)", "opo-ura-ohjaus-tuva")]
    public void A_title_becomes_lower_case_ascii_words_joined_by_hyphens(string title, string expected) =>
        Assert.Equal(expected, Slugs.Of(title));

    [Fact]
    public void A_long_title_is_cut_at_the_last_whole_word_that_fits()
    {
        var slug = Slugs.Of("Nivelvaiheen ohjauksen toimintamalli perusopetuksesta toiselle asteelle siirtyville nuorille ja heidän huoltajilleen");

        Assert.Equal("nivelvaiheen-ohjauksen-toimintamalli-perusopetuksesta", slug);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("– ? –")]
    [InlineData("Отчёт")]
    public void A_title_without_latin_letters_or_digits_gives_no_words(string title) => Assert.Null(Slugs.Of(title));

    [Theory]
    [InlineData("Edit")]
    [InlineData("History")]
    [InlineData("Members!")]
    public void A_title_that_is_the_name_of_a_sub_page_gives_no_words_so_the_page_stays_reachable(string title) =>
        Assert.Null(Slugs.Of(title));

    [Fact]
    public void The_paths_put_the_number_first_and_leave_words_out_when_there_are_none()
    {
        Assert.Equal("practices/12/ryhmaytymisen-malli", Slugs.PracticePath(12, "Ryhmäytymisen malli"));
        Assert.Equal("projects/3", Slugs.ProjectPath(3, "Edit"));
    }
}
