using Juurru.Features.Rooting;
using Juurru.Features.Rooting.Adoptions;

namespace Juurru.Tests.Features.Rooting;

/// <summary>The rules of adoptions and of a practice's rooting status, without a database.</summary>
public sealed class AdoptionRulesTests
{
    private static readonly DateTime May2026 = new(2026, 5, 15, 10, 0, 0, DateTimeKind.Utc);

    private static AdoptionTerms Terms(AdoptionStatus status = AdoptionStatus.InUse, string reason = "", DateOnly? since = null, string email = "tiimi@example.org") =>
        new(since ?? new DateOnly(2024, 3, 1), AdoptionScope.Unit, "Kokkolan kampus", status, reason, "", "Tiimi", email, "fi", false);

    [Fact]
    public void The_status_is_the_best_one_any_organisation_reports_with_its_latest_confirmation()
    {
        var summary = RootingSummary.Of([(AdoptionStatus.InUse, May2026), (AdoptionStatus.InUse, May2026.AddMonths(-3)), (AdoptionStatus.Stopped, May2026.AddMonths(1)),
            (AdoptionStatus.TryingOut, May2026)]);

        Assert.Equal(new RootingSummary(RootingStatus.InUse, 2, May2026), summary);
        Assert.Equal(RootingStatus.TryingOut, RootingSummary.Of([(AdoptionStatus.TryingOut, May2026), (AdoptionStatus.Stopped, May2026)]).Status);
        Assert.Equal(new RootingSummary(RootingStatus.Stopped, 1, May2026), RootingSummary.Of([(AdoptionStatus.Stopped, May2026)]));
        Assert.Equal(RootingSummary.None, RootingSummary.Of([]));
    }

    [Fact]
    public void A_stop_needs_its_reason()
    {
        Assert.Contains(Terms(AdoptionStatus.Stopped).Check(new DateOnly(2026, 5, 1)), e => e.Field == "StopReason");
        var adoption = Adoption.Record(1, 2, Terms(), AdoptionSource.Member, "Testi", May2026);
        Assert.Throws<InvalidOperationException>(() => adoption.Report(AdoptionStatus.Stopped, " ", AdoptionSource.Contact, "", May2026));
        Assert.Equal(AdoptionStatus.InUse, adoption.Status);
    }

    [Fact]
    public void A_start_in_the_future_and_a_bad_address_are_refused()
    {
        var errors = Terms(since: new DateOnly(2026, 6, 1), email: "tiimi@").Check(new DateOnly(2026, 5, 31));

        Assert.Contains(errors, e => e.Field == "Since");
        Assert.Contains(errors, e => e.Field == "ContactEmail");
        Assert.Empty(Terms(since: new DateOnly(2026, 5, 20)).Check(new DateOnly(2026, 5, 1)));
    }

    [Fact]
    public void A_report_without_a_change_is_a_confirmation_in_the_history()
    {
        var adoption = Adoption.Record(1, 2, Terms(), AdoptionSource.Member, "Testi", May2026);
        adoption.Report(AdoptionStatus.InUse, "", AdoptionSource.Contact, "Tiimi", May2026.AddMonths(12));
        adoption.Report(AdoptionStatus.Stopped, "Ohjaaja vaihtoi työpaikkaa", AdoptionSource.FollowUp, "", May2026.AddMonths(20));

        Assert.Equal([true, false, true], adoption.Events.Select(e => e.Changed));
        Assert.Equal("Ohjaaja vaihtoi työpaikkaa", adoption.StopReason);
        Assert.Equal(May2026.AddMonths(20), adoption.ConfirmedAt);
        Assert.Equal(AdoptionSource.FollowUp, adoption.ConfirmedBy);
    }

    [Fact]
    public void An_adoption_is_due_for_confirmation_twelve_months_after_the_last_one_and_asked_once()
    {
        var adoption = Adoption.Record(1, 2, Terms(), AdoptionSource.Member, "Testi", May2026);

        Assert.False(adoption.IsDueForConfirmation(May2026.AddMonths(12).AddMinutes(-1)));
        Assert.True(adoption.IsDueForConfirmation(May2026.AddMonths(12)));
        Assert.True(adoption.ShouldAskContact(May2026.AddMonths(12)));
        adoption.ConfirmationRequestedAt = May2026.AddMonths(12);
        Assert.False(adoption.ShouldAskContact(May2026.AddMonths(13)));

        // A confirmation starts a new period; the next request comes a year after it.
        adoption.Report(AdoptionStatus.InUse, "", AdoptionSource.Contact, "", May2026.AddMonths(13));
        Assert.False(adoption.IsDueForConfirmation(May2026.AddMonths(24)));
        Assert.True(adoption.ShouldAskContact(May2026.AddMonths(25)));
    }

    [Fact]
    public void A_stopped_adoption_is_never_due()
    {
        var adoption = Adoption.Record(1, 2, Terms(AdoptionStatus.Stopped, "Loppui"), AdoptionSource.Member, "Testi", May2026);
        Assert.False(adoption.IsDueForConfirmation(May2026.AddYears(5)));
    }

    [Theory]
    [InlineData("3/2024", 2024, 3)]
    [InlineData("03/2024", 2024, 3)]
    [InlineData("3.2024", 2024, 3)]
    [InlineData("2024-03", 2024, 3)]
    public void Months_are_read_as_people_write_them(string text, int year, int month) =>
        Assert.Equal(new DateOnly(year, month, 1), AdoptionInput.ReadMonth(text));

    [Theory]
    [InlineData("maaliskuu")]
    [InlineData("13/2024")]
    [InlineData("2024")]
    public void Other_months_are_not_guessed(string text) => Assert.Null(AdoptionInput.ReadMonth(text));
}
