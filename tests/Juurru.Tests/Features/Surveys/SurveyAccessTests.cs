using Juurru.Features.Surveys;
using Juurru.Identity;

namespace Juurru.Tests.Features.Surveys;

/// <summary>The survey rights as a rule on plain values: whose survey it is decides, and an unknown operation is a bug.</summary>
public sealed class SurveyAccessTests
{
    private static UserScope Member(params int[] projects) => UserScope.Anonymous with { UserId = "u", ProjectIds = projects.ToHashSet() };
    private static UserScope Coordinator(int network) => UserScope.Anonymous with { UserId = "c", CoordinatedNetworkIds = new HashSet<int> { network } };

    [Fact]
    public void A_projects_members_manage_its_survey()
    {
        Assert.True(new SurveyAccess(1, 7).Allows(Member(7), nameof(SurveyOperations.ViewResponses)));
    }

    [Fact]
    public void A_project_member_does_not_manage_the_networks_own_survey()
    {
        Assert.False(new SurveyAccess(1, null).Allows(Member(7), nameof(SurveyOperations.Read)));
    }

    [Fact]
    public void A_coordinator_manages_the_surveys_of_the_networks_projects_but_not_of_other_networks()
    {
        Assert.True(new SurveyAccess(1, 7).Allows(Coordinator(1), nameof(SurveyOperations.ManageResponses)));
        Assert.False(new SurveyAccess(2, null).Allows(Coordinator(1), nameof(SurveyOperations.Edit)));
    }

    [Fact]
    public void An_operation_without_a_rule_throws_instead_of_refusing()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyAccess(1, null).Allows(Member(), "Delete"));
    }
}
