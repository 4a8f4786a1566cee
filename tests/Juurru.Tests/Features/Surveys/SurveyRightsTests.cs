using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.Surveys;

/// <summary>
/// Every page and action of managing a network's survey, tried by every role of the role world: only the network's
/// coordinator and administrators get through; a visitor is sent to sign in. Posts go to a fresh survey each, so an
/// allowed role's change (a removed section) cannot hide what the next role would get.
/// </summary>
public sealed class SurveyRightsTests
{
    private const RoleOutcome S = RoleOutcome.SignIn, A = RoleOutcome.Allowed, F = RoleOutcome.Forbidden;

    // Visitor, Outsider, Member, OtherMember, Coordinator, OtherCoordinator, Administrator
    private static readonly RoleOutcome[] Managers = [S, F, F, F, A, F, A];

    private static readonly (bool Post, string Url)[] Actions =
    [
        (false, "/fi/surveys/{id}"),
        (false, "/fi/surveys/{id}?handler=Definition"),
        (false, "/fi/surveys/{id}?handler=Responses&format=csv"),
        (true, "/fi/surveys/{id}?handler=Schedule"),
        (true, "/fi/surveys/{id}?handler=Replace"),
        (true, "/fi/surveys/{id}?handler=Copy"),
        (true, "/fi/surveys/{id}?handler=OpenNow"),
        (true, "/fi/surveys/{id}?handler=CloseNow"),
        (false, "/fi/surveys/{id}/settings"),
        (true, "/fi/surveys/{id}/settings"),
        (false, "/fi/surveys/{id}/responses"),
        (true, "/fi/surveys/{id}/responses?handler=Delete&response={response}"),
        (true, "/fi/surveys/{id}/responses?handler=Empty"),
        (true, "/fi/surveys/{id}?handler=ImportResponses"),
        (false, "/fi/surveys/{id}/build"),
        (true, "/fi/surveys/{id}/build?handler=AddSection"),
        (true, "/fi/surveys/{id}/build?handler=RemoveSection&section=background"),
        (true, "/fi/surveys/{id}/build?handler=MoveSection&section=background&by=1"),
        (true, "/fi/surveys/{id}/build?handler=SectionCondition&section=background"),
        (true, "/fi/surveys/{id}/build?handler=RemoveQuestion&question=role"),
        (true, "/fi/surveys/{id}/build?handler=MoveQuestion&question=role&by=1"),
        (false, "/fi/surveys/{id}/question?section=background"),
        (true, "/fi/surveys/{id}/question?section=background"),
        (false, "/fi/surveys/{id}/preview"),
        (false, "/fi/surveys/{id}/distribution"),
        (true, "/fi/surveys/{id}/distribution?handler=Mode"),
        (true, "/fi/surveys/{id}/distribution?handler=Group"),
        (true, "/fi/surveys/{id}/distribution?handler=Invitees"),
        (true, "/fi/surveys/{id}/distribution?handler=Send"),
        (true, "/fi/surveys/{id}/distribution?handler=Remind"),
        (true, "/fi/surveys/{id}/distribution?handler=Reminder"),
        (false, "/fi/surveys/{id}/compare?by=groups"),
        (false, "/fi/surveys/{id}/open-answers?question=feedback"),
        (true, "/fi/surveys/{id}/open-answers?handler=Feature&question=feedback&response={response}&feature=true"),
        (false, "/fi/surveys/{id}/report"),
        (false, "/fi/surveys/{id}/report?handler=Html"),
        (false, "/fi/surveys/{id}/report?handler=Pdf"),
        (true, "/fi/surveys/{id}/report?handler=Publish"),
        (true, "/fi/surveys/{id}/report?handler=Unpublish"),
    ];

    [Theory, Databases]
    public async Task Only_the_networks_coordinators_and_administrators_manage_its_survey(Db db)
    {
        await using var w = await RoleWorld.CreateAsync(db);
        var browsers = new List<(Role Role, Browser Browser)>();
        foreach (var role in Enum.GetValues<Role>()) browsers.Add((role, await w.AsAsync(role)));
        var coordinator = browsers.Single(b => b.Role == Role.Coordinator).Browser;
        var shared = (await SurveySteps.CreateAsync(w.App, coordinator, w.Network.Id, SampleSurveys.NetworkSurvey)).Id;
        var fields = new Dictionary<string, string>
        {
            ["OpensAt"] = "2030-01-01T10:00", ["Mode"] = "Named", ["GroupName"] = "Ryhmä", ["Addresses"] = "kutsu@example.org",
            ["Input.Type"] = "ShortText", ["Input.TextFi"] = "Uusi kysymys", ["TitleFi"] = "Osio", ["showIf"] = "",
            ["CopyTitle"] = "Kopio", ["ConfirmEmpty"] = "true", ["Input.TitleFi"] = "Kysely", ["Input.Languages"] = "fi",
        };

        var failures = new List<string>();
        foreach (var (post, template) in Actions)
        {
            foreach (var (role, browser) in browsers)
            {
                var id = post ? (await SurveySteps.CreateAsync(w.App, coordinator, w.Network.Id, SampleSurveys.NetworkSurvey)).Id : shared;
                var url = template.Replace("{id}", id.ToString());
                if (url.Contains("{response}")) url = url.Replace("{response}", (await w.App.SurveyResponseAsync(id, new Dictionary<string, string> { ["feedback"] = "Hyvä verkosto." })).Id.ToString());
                using var response = post ? await browser.PostAsync(url, fields) : await browser.GetAsync(url);
                var outcome = RoleWorld.OutcomeOf(response, role);
                if (outcome != Managers[(int)role]) failures.Add($"{(post ? "POST" : "GET")} {template} as {role}: expected {Managers[(int)role]}, got {outcome} ({(int)response.StatusCode})");
            }
        }
        foreach (var (_, browser) in browsers) browser.Dispose();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
