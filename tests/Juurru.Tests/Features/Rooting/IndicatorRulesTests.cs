using System.Globalization;
using Juurru.Features.Rooting.Indicators;
using Juurru.Features.Shared;

namespace Juurru.Tests.Features.Rooting;

/// <summary>The rules of indicators on plain types: terms, values by kind, progress, history and the latest value.</summary>
public sealed class IndicatorRulesTests
{
    private static IndicatorTerms Terms(IndicatorKind kind = IndicatorKind.Count, decimal? baseline = 0, decimal? target = 500,
        DateOnly? targetDate = null, IndicatorDirection direction = IndicatorDirection.Increase) =>
        new("Kohderyhmien opiskelijat", "opiskelijaa", kind, direction, baseline, new DateOnly(2021, 1, 1), target,
            targetDate ?? new DateOnly(2023, 7, 31), "Opiskelijarekisteri");

    [Fact]
    public void A_target_without_a_date_is_refused_on_the_date_field()
    {
        var errors = (Terms() with { TargetDate = null }).Check(common: false);

        Assert.Contains(errors, e => e is ("TargetDate", "A target needs the date by which it should be reached."));
    }

    [Fact]
    public void A_target_on_the_wrong_side_of_the_baseline_is_refused()
    {
        Assert.Contains(Terms(baseline: 18, target: 25, direction: IndicatorDirection.Decrease).Check(false), e => e.Field == "Target");
        Assert.Contains(Terms(baseline: 600, target: 500).Check(false), e => e.Field == "Target");
        Assert.Empty(Terms().Check(false));
    }

    [Fact]
    public void A_common_indicator_needs_no_name_of_the_project()
    {
        Assert.Empty((Terms() with { Name = "" }).Check(common: true));
        Assert.Contains((Terms() with { Name = "" }).Check(common: false), e => e.Field == "Name");
    }

    [Theory]
    [InlineData(IndicatorKind.Count, "12,5", "A count is a whole number.")]
    [InlineData(IndicatorKind.Count, "kolme", "A count is a whole number.")]
    [InlineData(IndicatorKind.Percentage, "150", "A percentage is between 0 and 100.")]
    [InlineData(IndicatorKind.Percentage, "62,55", "Give a percentage with at most one decimal.")]
    [InlineData(IndicatorKind.YesNo, "ehkä", "Answer yes or no.")]
    [InlineData(IndicatorKind.Euro, "10,505", "Give euros with at most two decimals (cents).")]
    [InlineData(IndicatorKind.Euro, "-5", "The value cannot be negative.")]
    [InlineData(IndicatorKind.Count, " ", "A value is required.")]
    public void A_value_of_the_wrong_kind_is_refused_with_the_reason(IndicatorKind kind, string typed, string problem)
    {
        Assert.False(IndicatorValues.TryParse(kind, typed, out _, out var why));
        Assert.Equal(problem, why);
    }

    [Theory]
    [InlineData(IndicatorKind.Count, "1 250", 1250)]
    [InlineData(IndicatorKind.Count, "1\u00a0250", 1250)]
    [InlineData(IndicatorKind.Percentage, "62,5 %", 62.5)]
    [InlineData(IndicatorKind.Percentage, "62.5", 62.5)]
    [InlineData(IndicatorKind.YesNo, "kyllä", 1)]
    [InlineData(IndicatorKind.YesNo, "nej", 0)]
    [InlineData(IndicatorKind.Euro, "1 200,50 €", 1200.50)]
    public void Values_are_read_as_people_type_them(IndicatorKind kind, string typed, double expected)
    {
        Assert.True(IndicatorValues.TryParse(kind, typed, out var value, out var problem), problem);
        Assert.Equal((decimal)expected, value);
    }

    [Fact]
    public void Values_are_shown_in_the_readers_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fi");
            Assert.Equal("62,5 %", IndicatorValues.Format(IndicatorKind.Percentage, 62.5m, k => k));
            Assert.Equal("1 250", IndicatorValues.Format(IndicatorKind.Count, 1250m, k => k).Replace('\u00a0', ' '));
            Assert.Equal("kyllä", IndicatorValues.Format(IndicatorKind.YesNo, 1m, k => k == "yes" ? "kyllä" : "ei"));
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("1,200.50 €", IndicatorValues.Format(IndicatorKind.Euro, 1200.5m, k => k));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData(IndicatorDirection.Increase, 0, 500, 312, 62, false)]
    [InlineData(IndicatorDirection.Increase, 0, 400, 250, 63, false)] // 62.5 rounds half away from zero
    [InlineData(IndicatorDirection.Increase, 100, 500, 600, 125, true)]
    [InlineData(IndicatorDirection.Decrease, 18, 10, 14, 50, false)]
    [InlineData(IndicatorDirection.Decrease, 18, 10, 9, 113, true)]
    [InlineData(IndicatorDirection.Decrease, 18, 10, 20, 0, false)]
    public void Progress_is_the_share_of_the_way_from_baseline_to_target(IndicatorDirection direction, int baseline, int target, int latest,
        int percent, bool reached)
    {
        var progress = IndicatorProgress.Of(IndicatorKind.Count, direction, baseline, target, latest);

        Assert.Equal(percent, progress.Percent);
        Assert.Equal(reached, progress.Reached);
    }

    [Fact]
    public void Without_a_target_or_a_measurement_there_is_no_progress()
    {
        Assert.Null(IndicatorProgress.Of(IndicatorKind.Count, IndicatorDirection.Increase, 0, null, 5).Percent);
        Assert.Null(IndicatorProgress.Of(IndicatorKind.Count, IndicatorDirection.Increase, 0, 10, null).Percent);
        Assert.True(IndicatorProgress.Of(IndicatorKind.YesNo, IndicatorDirection.Increase, 0, 1, 1).Reached);
    }

    [Theory]
    [InlineData(62.5, 63)]
    [InlineData(0.5, 1)]
    [InlineData(2.5, 3)]
    [InlineData(62.49, 62)]
    public void Percentages_round_half_away_from_zero(double value, int expected) => Assert.Equal(expected, Percent.Round(value));

    [Fact]
    public void The_latest_value_follows_the_newest_date_through_corrections_and_removals()
    {
        var indicator = Indicator.ForProject(1, null);
        indicator.Define(Terms());
        var first = indicator.Measure(new DateOnly(2022, 1, 31), 120, "rekisteri", "");
        indicator.Measure(new DateOnly(2021, 6, 30), 40, "rekisteri", "");
        Assert.Equal(120, indicator.LatestValue);

        var changes = indicator.Correct(first, new DateOnly(2022, 1, 31), 130, "rekisteri", "korjattu");
        Assert.Equal(130, indicator.LatestValue);
        Assert.Contains(changes, c => c is { Field: "Value", Before: "120", After: "130" });

        indicator.Remove(first);
        Assert.Equal(40, indicator.LatestValue);
        Assert.Equal(new DateOnly(2021, 6, 30), indicator.LatestDate);
    }

    [Fact]
    public void A_measurement_of_the_wrong_kind_cannot_reach_the_indicator()
    {
        var indicator = Indicator.ForProject(1, null);
        indicator.Define(Terms());

        Assert.Throws<InvalidOperationException>(() => indicator.Measure(new DateOnly(2022, 1, 1), 12.5m, "", ""));
        Assert.Empty(indicator.Measurements);
    }

    [Fact]
    public void A_changed_definition_lists_only_what_changed()
    {
        var indicator = Indicator.ForProject(1, null);
        indicator.Define(Terms());
        indicator.Id = 7;

        var changes = indicator.Define(Terms(target: 600));

        Assert.Equal([new ValueChange("Target", "500", "600")], changes);
    }

    [Fact]
    public void The_kind_cannot_change_once_there_are_measurements()
    {
        var indicator = Indicator.ForProject(1, null);
        indicator.Define(Terms());
        indicator.Measure(new DateOnly(2022, 1, 1), 12, "", "");

        Assert.Throws<InvalidOperationException>(() => indicator.Define(Terms(IndicatorKind.Percentage, 0, 50)));
    }

    [Theory]
    [InlineData(1, "one")]
    [InlineData(0, "other")]
    [InlineData(2, "other")]
    [InlineData(21, "other")]
    public void Plural_forms_follow_the_rule_of_finnish_swedish_and_english(int count, string form)
    {
        var localizer = new EchoLocalizer();
        Assert.Equal($"{form} {count}", localizer.Plural(count, "one {0}", "other {0}").Value);
    }

    private sealed class EchoLocalizer : Microsoft.Extensions.Localization.IStringLocalizer
    {
        public Microsoft.Extensions.Localization.LocalizedString this[string name] => new(name, name);
        public Microsoft.Extensions.Localization.LocalizedString this[string name, params object[] arguments] => new(name, string.Format(name, arguments));
        public IEnumerable<Microsoft.Extensions.Localization.LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
