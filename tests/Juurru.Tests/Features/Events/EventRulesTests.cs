using System.Globalization;
using Juurru.Features.Events;
using Juurru.Features.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Juurru.Tests.Features.Events;

/// <summary>The rules of events on plain types: times, publishing, the programme form.</summary>
public sealed class EventRulesTests
{
    private static readonly DateTime Start = new(2026, 10, 8, 11, 0, 0, DateTimeKind.Utc); // 14.00 in Helsinki

    [Fact]
    public void An_event_must_end_after_it_starts()
    {
        var e = new Event();

        var refused = Assert.Throws<EventRuleException>(() => e.Schedule(Start, Start));

        Assert.Equal("The event must end after it starts.", refused.Message);
    }

    [Fact]
    public void An_event_lasts_at_most_two_weeks() =>
        Assert.Throws<EventRuleException>(() => new Event().Schedule(Start, Start.AddDays(15)));

    [Fact]
    public void An_event_without_a_place_or_an_online_link_is_not_published()
    {
        var e = new Event();

        Assert.Throws<EventRuleException>(e.Publish);
        e.OnlineUrl = "https://meet.example.org/x";
        e.Publish();
        Assert.True(e.IsPublished);
    }

    [Fact]
    public void An_event_going_on_is_still_upcoming_until_it_ends()
    {
        var e = new Event();
        e.Schedule(Start, Start.AddHours(2));

        Assert.True(e.IsUpcoming(Start.AddHours(1)));
        Assert.False(e.IsUpcoming(Start.AddHours(2)));
    }

    [Theory]
    [InlineData("Anu Ojala", "Anu Ojala", "", "")]
    [InlineData("Anu Ojala, Jyväskylän yliopisto", "Anu Ojala", "", "Jyväskylän yliopisto")]
    [InlineData(" Apsara Malla , Opiskelija, Jyväskylän ammattikorkeakoulu ", "Apsara Malla", "Opiskelija", "Jyväskylän ammattikorkeakoulu")]
    [InlineData("Ilkhom Khalimzoda, Tutkijatohtori, JYU, Humanistis-yhteiskuntatieteellinen tiedekunta", "Ilkhom Khalimzoda", "Tutkijatohtori", "JYU, Humanistis-yhteiskuntatieteellinen tiedekunta")]
    public void A_speaker_line_is_name_role_and_organisation(string line, string name, string role, string organisation) =>
        Assert.Equal(new Person(name, role, organisation), Person.Parse(line));

    [Fact]
    public void The_programme_rows_are_put_in_the_order_of_their_times_and_empty_rows_are_left_out()
    {
        var form = Filled();
        form.Programme =
        [
            new() { Starts = new TimeOnly(14, 40), Ends = new TimeOnly(15, 25), Kind = ProgrammeItemKind.Panel, Title = "Paneeli", Facilitator = "Anu Ojala, Jyväskylän yliopisto", Speakers = "Anna Tenhunen, koordinaattori, JAMK\n\nApsara Malla" },
            new(),
            new() { Starts = new TimeOnly(14, 0), Ends = new TimeOnly(14, 25), Title = "Alustus" },
            new() { Title = "Kahvi ilman aikaa" },
        ];
        var e = new Event();
        var state = new ModelStateDictionary();

        Assert.True(form.TryApply(e, state, new Keys()));

        Assert.Equal(["Alustus", "Paneeli", "Kahvi ilman aikaa"], e.OrderedProgramme.Select(p => p.Title));
        var panel = e.Programme.Single(p => p.Kind == ProgrammeItemKind.Panel);
        Assert.Equal(new Person("Anu Ojala", "", "Jyväskylän yliopisto"), panel.Facilitator);
        Assert.Equal(["Anna Tenhunen", "Apsara Malla"], panel.Speakers.Select(s => s.Name));
        Assert.Equal(Start, e.StartsAt);
    }

    [Fact]
    public void A_programme_row_without_a_title_or_ending_before_it_starts_is_refused_and_the_event_is_left_as_it_was()
    {
        var form = Filled();
        form.Programme = [new() { Starts = new TimeOnly(15, 0), Ends = new TimeOnly(14, 0), Details = "Ilman otsikkoa" }];
        var e = new Event { Title = "Ennallaan" };
        var state = new ModelStateDictionary();

        Assert.False(form.TryApply(e, state, new Keys()));

        Assert.Equal("Give the programme item a title.", state["Form.Programme[0].Title"]!.Errors.Single().ErrorMessage);
        Assert.Equal("A programme item must end after it starts.", state["Form.Programme[0].Ends"]!.Errors.Single().ErrorMessage);
        Assert.Equal("Ennallaan", e.Title);
        Assert.Empty(e.Programme);
    }

    [Fact]
    public void Blank_rows_are_added_at_the_end_and_the_typed_rows_keep_their_numbers()
    {
        var refused = new EventForm { Programme = [new(), new() { Title = "Toinen rivi" }] };
        var opened = new EventForm { Programme = [new() { Title = "Alustus" }, new()] };

        refused.WithBlankRows();
        opened.WithBlankRows();

        Assert.Equal([null, "Toinen rivi", null, null, null], refused.Programme.Select(r => r.Title));
        Assert.Equal(EventForm.BlankRows + 1, opened.Programme.Count);
    }

    [Theory]
    [InlineData("fi", "8.10.2026 klo 14.00–16.00")]
    [InlineData("sv", "8.10.2026 kl. 14.00–16.00")]
    [InlineData("en", "8 Oct 2026, 14:00–16:00")]
    public void The_time_of_an_event_of_one_day_names_the_day_once(string language, string expected) =>
        Assert.Equal(expected, EventLabels.When(Start, Start.AddHours(2), new CultureInfo(language)));

    private static EventForm Filled() => new()
    {
        Title = "Teematapahtuma", Day = new DateOnly(2026, 10, 8), Starts = new TimeOnly(14, 0), Ends = new TimeOnly(16, 0), Place = "Opistotie 1",
    };

    /// <summary>A localizer that answers with the key, so that the messages are checked by their keys.</summary>
    private sealed class Keys : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);
        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(name, arguments));
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
