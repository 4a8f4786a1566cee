using Juurru.Features.Shared;
using Juurru.Features.Surveys;
using Juurru.Features.Surveys.Building;

namespace Juurru.Tests.Features.Surveys;

/// <summary>Choice lines edited in the builder keep the values answers and conditions name.</summary>
public sealed class ChoiceValuesTests
{
    private static List<Choice> Choices(params (string Value, string Fi)[] lines) =>
        [.. lines.Select(l => new Choice { Value = l.Value, Text = LocalizedText.Of(l.Fi, "", "") })];

    [Fact]
    public void Reordered_lines_keep_their_values()
    {
        var before = Choices(("1", "Opettaja"), ("2", "Opinto-ohjaaja"), ("3", "Rehtori"));
        Assert.Equal(["3", "1", "2"], ChoiceValues.Assign(before, ["Rehtori", "Opettaja", "Opinto-ohjaaja"]));
    }

    [Fact]
    public void A_new_line_gets_a_number_no_choice_used_and_a_removed_value_is_not_reused()
    {
        var before = Choices(("1", "Opettaja"), ("2", "Opinto-ohjaaja"), ("3", "Rehtori"));
        Assert.Equal(["1", "4", "3"], ChoiceValues.Assign(before, ["Opettaja", "Kuraattori", "Rehtori"]));
    }

    [Fact]
    public void Imported_values_that_are_not_numbers_are_kept()
    {
        var before = Choices(("lead", "Koordinaattori"), ("partner", "Kumppani"));
        Assert.Equal(["partner", "1", "lead"], ChoiceValues.Assign(before, ["Kumppani", "Muu", "Koordinaattori"]));
    }

    [Fact]
    public void A_repeated_line_takes_the_value_only_once()
    {
        var before = Choices(("1", "Kyllä"), ("2", "Ei"));
        Assert.Equal(["1", "3", "2"], ChoiceValues.Assign(before, ["Kyllä", "Kyllä", "Ei"]));
    }
}
