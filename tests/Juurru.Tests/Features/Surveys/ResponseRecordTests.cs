using Juurru.Features.Shared;
using Juurru.Features.Surveys;

namespace Juurru.Tests.Features.Surveys;

/// <summary>What a response keeps of its origin, by anonymity mode: the rule on plain values.</summary>
public sealed class ResponseRecordTests
{
    private static readonly DateTime LateEvening = new(2026, 11, 30, 21, 47, 13, DateTimeKind.Utc); // 23.47 in Helsinki

    [Fact]
    public void An_anonymous_response_keeps_the_day_in_Helsinki_but_not_the_time()
    {
        var kept = ResponseRecord.Time(Anonymity.Anonymous, LateEvening);
        Assert.Equal(new DateTime(2026, 11, 30, 0, 0, 0), Dates.ToHelsinki(kept));
    }

    [Theory]
    [InlineData(Anonymity.Pseudonymous)]
    [InlineData(Anonymity.Named)]
    public void A_linked_response_keeps_its_exact_time_and_language(Anonymity mode)
    {
        Assert.Equal(LateEvening, ResponseRecord.Time(mode, LateEvening));
        Assert.Equal("sv", ResponseRecord.Language(mode, "sv"));
    }

    [Fact]
    public void An_anonymous_response_keeps_no_language()
    {
        Assert.Equal("", ResponseRecord.Language(Anonymity.Anonymous, "sv"));
    }

    [Theory]
    [InlineData(false, 40, null)]
    [InlineData(true, 4, null)]
    [InlineData(true, 5, 7)]
    public void An_anonymous_response_keeps_its_group_only_when_asked_and_the_group_has_five_invitees(bool byGroup, int invitees, int? kept)
    {
        Assert.Equal(kept, ResponseRecord.Group(Anonymity.Anonymous, byGroup, 7, invitees));
    }

    [Fact]
    public void Only_a_named_response_keeps_its_invitation()
    {
        Assert.True(ResponseRecord.KeepsInvitation(Anonymity.Named));
        Assert.False(ResponseRecord.KeepsInvitation(Anonymity.Pseudonymous));
        Assert.False(ResponseRecord.KeepsInvitation(Anonymity.Anonymous));
    }
}
