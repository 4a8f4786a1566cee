using System.Globalization;
using Juurru.Features.Shared;

namespace Juurru.Tests.Features.Shared;

public sealed class DatesTests
{
    private static readonly DateTime LateEveningUtc = new(2026, 11, 30, 22, 30, 0, DateTimeKind.Utc); // 1.12. 00.30 in Helsinki

    [Theory]
    [InlineData("fi", "1.12.2026 klo 0.30")]
    [InlineData("sv", "1.12.2026 kl. 0.30")]
    [InlineData("en", "1 Dec 2026, 00:30")]
    public void A_stored_time_reads_in_Helsinki_time_day_first_in_every_language(string language, string expected) =>
        Assert.Equal(expected, Dates.DayAndTime(LateEveningUtc, new CultureInfo(language)));

    [Fact]
    public void The_day_is_the_day_in_Helsinki_not_on_the_server() =>
        Assert.Equal("1.12.2026", Dates.Day(LateEveningUtc, new CultureInfo("fi")));

    [Fact]
    public void Summer_time_is_three_hours_ahead_of_UTC() =>
        Assert.Equal("15.6.2026 klo 12.00", Dates.DayAndTime(new DateTime(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc), new CultureInfo("fi")));

    [Fact]
    public void A_time_typed_into_a_form_is_Helsinki_time() =>
        Assert.Equal(new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc), Dates.FromHelsinki(new DateTime(2026, 12, 1, 12, 0, 0)));

    [Fact]
    public void English_dates_never_put_the_month_first() =>
        Assert.Equal("30 Nov 2026", Dates.Day(new DateOnly(2026, 11, 30), new CultureInfo("en")));
}
