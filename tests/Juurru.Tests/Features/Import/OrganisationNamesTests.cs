using Juurru.Features.Import;
using Juurru.Features.Organisations;

namespace Juurru.Tests.Features.Import;

/// <summary>Which spellings in a report are one organisation: literal rules, no guessing.</summary>
public sealed class OrganisationNamesTests
{
    private static bool Same(string a, string b)
    {
        var groups = new OrganisationNameGroups();
        groups.Add(a);
        groups.Add(b);
        return groups.GroupOf(a) == groups.GroupOf(b);
    }

    [Theory]
    [InlineData("Diakonia-ammattikorkeakoulu Oy", "Diakonia-ammattikorkeakoulu (Diak)")] // legal form, bracketed abbreviation
    [InlineData("Diakonia-ammattikorkeakoulu Oy", "Diakonia-Ammattikorkeakoulu")]
    [InlineData("Diak", "Diakonia-ammattikorkeakoulu (Diak)")]
    [InlineData("Winnova", "Länsirannikon Koulutus Oy, WinNova")] // a trade name after a comma
    [InlineData("Hengitysliitto ry", "Hengitysliitto ry/Ammattiopisto Luovi")]
    [InlineData("Turun kaupunki", "Turun kaupungin sivistystoimiala")] // a city's department
    [InlineData("Tyrnävän kunta", "Tyrnävän kunnan sivistystoimi")]
    public void Spellings_of_one_organisation_are_one(string a, string b) => Assert.True(Same(a, b));

    [Theory]
    [InlineData("Diakonissalaitos", "Helsingin Diakonissalaitoksen säätiö")]
    [InlineData("Oulun Diakonissalaitoksen Säätiö", "Helsingin Diakonissalaitoksen säätiö")]
    [InlineData("Suomen Diakoniaopisto Oy", "Diakonia-ammattikorkeakoulu Oy")]
    [InlineData("Turun kaupunki", "Turun yliopisto")]
    [InlineData("Helsingin kaupunki", "Helsingin yliopisto")]
    [InlineData("Työväen Sivistysliitto TSL, Oy", "Oy Ab")] // a legal form alone names nothing
    public void Different_organisations_stay_apart(string a, string b) => Assert.False(Same(a, b));

    [Fact]
    public void Names_joined_through_a_third_are_one()
    {
        var groups = new OrganisationNameGroups();
        groups.Add("Länsirannikon Koulutus Oy, WinNova");
        groups.Add("Länsirannikon Koulutus Oy");

        Assert.Equal(groups.GroupOf("Winnova"), groups.GroupOf("Länsirannikon Koulutus"));
    }

    [Fact]
    public void An_organisation_keeps_other_names_once_and_not_its_own()
    {
        var o = Organisation.Create("Diakonia-ammattikorkeakoulu Oy", OrganisationType.UniversityOfAppliedSciences);

        o.AddOtherNames(["Diak", "diak", "Diakonia-ammattikorkeakoulu Oy", " "]);
        o.AddOtherNames(["Diak"]);

        Assert.Equal(["Diak"], o.OtherNameList);
        Assert.Equal("diak", o.NormalizedOtherNames);
    }
}
