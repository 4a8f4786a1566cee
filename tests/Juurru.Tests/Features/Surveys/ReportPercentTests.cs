using Juurru.Features.Surveys.Reports;

namespace Juurru.Tests.Features.Surveys;

/// <summary>The report's shares: worked out from the counts, halves away from zero, as printed reports round them.</summary>
public sealed class ReportPercentTests
{
    [Theory]
    [InlineData(5, 8, 62.5, 63)]
    [InlineData(1, 40, 2.5, 3)]
    [InlineData(1, 8, 12.5, 13)]
    [InlineData(2, 3, 66.7, 67)]
    [InlineData(0, 0, 0, 0)]
    public void A_share_rounds_half_away_from_zero(int count, int whole, double oneDecimal, int wholePercent)
    {
        var share = new ValueCount("x", "x", count, whole);
        Assert.Equal((oneDecimal, wholePercent), (share.Percent, share.WholePercent));
    }

    [Fact]
    public void The_whole_percentage_is_not_rounded_twice()
    {
        // 62.45 % would become 62.5 with one decimal and then 63; from the counts it is 62.
        var share = new ValueCount("x", "x", 1249, 2000);
        Assert.Equal(62, share.WholePercent);
    }
}
