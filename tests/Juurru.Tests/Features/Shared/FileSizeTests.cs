using System.Globalization;
using Juurru.Features.Shared;

namespace Juurru.Tests.Features.Shared;

public sealed class FileSizeTests
{
    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(500, "500 B")]
    [InlineData(1023, "1023 B")]
    [InlineData(1024, "1 kB")]
    [InlineData(1536, "2 kB")] // 1.5 kB rounds up, as people round
    [InlineData(1024 * 1023, "1023 kB")]
    [InlineData(1024 * 1024 * 3 / 2, "1,5 MB")]
    public void A_size_reads_in_Finnish_with_a_decimal_comma_and_never_as_zero_kilobytes(long bytes, string expected) =>
        Assert.Equal(expected, FileSize.Format(bytes, new CultureInfo("fi")));

    [Fact]
    public void English_pages_use_a_decimal_point() =>
        Assert.Equal("2.5 MB", FileSize.Format(1024L * 1024 * 5 / 2, new CultureInfo("en")));
}
