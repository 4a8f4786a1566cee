using Juurru.Features.Shared;

namespace Juurru.Tests.Features.Shared;

public sealed class TypedTextTests
{
    [Theory]
    [InlineData("Hei\u0001 maailma", "Hei maailma")]
    [InlineData("rivi\r\nja\tsarkain", "rivi\r\nja\tsarkain")]
    [InlineData("emoji \ud83c\udf32 säilyy", "emoji \ud83c\udf32 säilyy")]
    [InlineData("\u0085\u007f\uffff", "")]
    public void Typed_text_keeps_what_can_be_read_and_written_to_xml(string typed, string kept)
    {
        Assert.Equal(kept, TypedText.Clean(typed));
    }

    [Fact]
    public void A_lone_half_of_a_surrogate_pair_is_dropped()
    {
        // Built in code: a lone surrogate in [InlineData] does not survive the test runner's serialisation.
        var typed = "puolikas " + (char)0xD83D + " merkki";
        Assert.Equal("puolikas  merkki", TypedText.Clean(typed));
    }
}
