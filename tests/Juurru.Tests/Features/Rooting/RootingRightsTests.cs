using System.Net;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.Rooting;

/// <summary>
/// Every page and action of indicators and rooting, tried by every role: visitor, signed-in outsider, member of the
/// project, member of another network's project, coordinator of the network and of another network, administrator.
/// The server must allow exactly what the role permits.
/// </summary>
public sealed class RootingRightsTests
{
    private const RoleOutcome S = RoleOutcome.SignIn, A = RoleOutcome.Allowed, F = RoleOutcome.Forbidden;

    /// <summary>Per action: GET or POST, the address, and the outcome per role in <see cref="Role"/> order.</summary>
    private static readonly Dictionary<string, (bool Post, string Url, RoleOutcome[] Expected)> Actions = new()
    {
        ["Indicators of a project"] = (false, "/fi/projects/{project}/indicators", [A, A, A, A, A, A, A]),
        ["Indicator page"] = (false, "/fi/projects/{project}/indicators/{indicator}", [A, A, A, A, A, A, A]),
        ["New indicator form"] = (false, "/fi/projects/{project}/indicators/edit", [S, F, A, F, A, F, A]),
        ["Add an indicator"] = (true, "/fi/projects/{project}/indicators/edit", [S, F, A, F, A, F, A]),
        ["Change an indicator"] = (true, "/fi/projects/{project}/indicators/edit/{indicator}", [S, F, A, F, A, F, A]),
        ["Remove an indicator"] = (true, "/fi/projects/{project}/indicators/edit/{fresh-indicator}?handler=Remove", [S, F, A, F, A, F, A]),
        ["Add a measurement"] = (true, "/fi/projects/{project}/indicators/{indicator}", [S, F, A, F, A, F, A]),
        ["Correct a measurement"] = (true, "/fi/projects/{project}/indicators/{indicator}?measurement={measurement}", [S, F, A, F, A, F, A]),
        ["Remove a measurement"] = (true, "/fi/projects/{project}/indicators/{indicator}?handler=Remove&measurement={fresh-measurement}", [S, F, A, F, A, F, A]),
        ["Indicator history"] = (false, "/fi/projects/{project}/indicators/{indicator}/history", [S, F, A, F, A, F, A]),
        ["Common indicators page"] = (false, "/fi/networks/{slug}/indicators", [S, F, F, F, A, F, A]),
        ["Save a common indicator"] = (true, "/fi/networks/{slug}/indicators?handler=Save", [S, F, F, F, A, F, A]),
        ["Remove a common indicator"] = (true, "/fi/networks/{slug}/indicators?handler=Remove&id={fresh-common}", [S, F, F, F, A, F, A]),
        // Adoptions are the organisation's to report (members of the organisation, tested apart) and the network's coordinators'.
        ["Adoption form"] = (false, "/fi/practices/{practice}/adoptions/edit", [S, F, F, F, A, F, A]),
        ["Record an adoption"] = (true, "/fi/practices/{practice}/adoptions/edit", [S, F, F, F, A, F, A]),
        ["Update an adoption"] = (true, "/fi/practices/{practice}/adoptions/edit/{adoption}", [S, F, F, F, A, F, A]),
        ["Confirmation link of an adoption"] = (false, "/fi/adoptions/{token}", [A, A, A, A, A, A, A]),
        // Follow-ups name the organisations that answered: the network's coordinators only.
        ["Follow-ups page"] = (false, "/fi/networks/{slug}/follow-ups", [S, F, F, F, A, F, A]),
        ["Set the follow-up months"] = (true, "/fi/networks/{slug}/follow-ups?handler=Months", [S, F, F, F, A, F, A]),
        ["Run the follow-up check"] = (true, "/fi/networks/{slug}/follow-ups?handler=Check", [S, F, F, F, A, F, A]),
        ["Send a follow-up now"] = (true, "/fi/networks/{slug}/follow-ups?handler=Send&id={follow-up}", [S, F, F, F, A, F, A]),
        ["Answers of a follow-up"] = (false, "/fi/follow-ups/{follow-up}", [S, F, F, F, A, F, A]),
    };

    public static TheoryData<Db, string> Cases
    {
        get
        {
            var data = new TheoryData<Db, string>();
            foreach (var db in RoleWorld.Databases())
                foreach (var action in Actions.Keys)
                    data.Add(db, action);
            return data;
        }
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task Each_role_gets_what_it_may(Db db, string action)
    {
        var (post, template, expected) = Actions[action];
        await using var w = await RoleWorld.CreateAsync(db);
        var world = await RootingWorld.CreateAsync(w);
        var failures = new List<string>();
        foreach (var role in Enum.GetValues<Role>())
        {
            // Each role gets its own copy of what an allowed post would consume.
            var url = await world.FillAsync(template);
            using var browser = await w.AsAsync(role);
            var response = post ? await browser.PostAsync(url, world.FormFields) : await browser.GetAsync(url);
            var outcome = RoleWorld.OutcomeOf(response, role);
            if (outcome != expected[(int)role]) failures.Add($"{role}: expected {expected[(int)role]}, got {outcome} ({(int)response.StatusCode})");
        }
        Assert.True(failures.Count == 0, $"{action}:\n" + string.Join("\n", failures));
    }
}

/// <summary>The role world's project with an indicator and a measurement, and fresh things for the removing actions.</summary>
public sealed record RootingWorld(RoleWorld World, int IndicatorId, int MeasurementId, int PracticeId, int AdoptionId, string Token, int OrganisationId,
    int FollowUpId)
{
    public static async Task<RootingWorld> CreateAsync(RoleWorld w)
    {
        var indicator = await w.App.IndicatorAsync(w.Project, (new DateOnly(2022, 1, 31), 100m));
        var measurement = await w.App.WithDbAsync(db => Task.FromResult(db.Measurements.Single().Id));
        var practice = await w.App.PracticeAsync(w.Project);
        var adoption = await w.App.AdoptionAsync(practice, await w.App.OrganisationAsync());
        var token = await w.App.WithDbAsync(db => Task.FromResult(db.Adoptions.Single().Token));
        var organisation = await w.App.OrganisationAsync("Uusi käyttäjä");
        var followUp = await w.App.WithDbAsync(async db =>
        {
            var f = new Juurru.Features.Rooting.FollowUps.FollowUp
            {
                ProjectId = w.Project.Id, NetworkId = w.Network.Id, Months = 12, DueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1000),
            };
            db.FollowUps.Add(f);
            await db.SaveChangesAsync();
            return f.Id;
        });
        return new RootingWorld(w, indicator, measurement, practice.Id, adoption, token, organisation.Id, followUp);
    }

    public async Task<string> FillAsync(string template)
    {
        var url = template.Replace("{slug}", World.Network.Slug).Replace("{project}", World.Project.Id.ToString())
            .Replace("{indicator}", IndicatorId.ToString()).Replace("{measurement}", MeasurementId.ToString())
            .Replace("{practice}", PracticeId.ToString()).Replace("{adoption}", AdoptionId.ToString()).Replace("{token}", Token)
            .Replace("{follow-up}", FollowUpId.ToString());
        if (url.Contains("{fresh-indicator}")) url = url.Replace("{fresh-indicator}", (await World.App.IndicatorAsync(World.Project)).ToString());
        if (url.Contains("{fresh-measurement}"))
        {
            var id = await World.App.WithDbAsync(async db =>
            {
                var m = new Juurru.Features.Rooting.Indicators.Measurement { IndicatorId = IndicatorId, Date = new DateOnly(2021, 6, 1), Value = 5 };
                db.Measurements.Add(m);
                await db.SaveChangesAsync();
                return m.Id;
            });
            url = url.Replace("{fresh-measurement}", id.ToString());
        }
        if (url.Contains("{fresh-common}"))
        {
            var id = await World.App.WithDbAsync(async db =>
            {
                var c = new Juurru.Features.Rooting.Indicators.CommonIndicator { NetworkId = World.Network.Id, Name = Juurru.Features.Shared.LocalizedText.Of("Tapahtumat", "", "") };
                db.CommonIndicators.Add(c);
                await db.SaveChangesAsync();
                return c.Id;
            });
            url = url.Replace("{fresh-common}", id.ToString());
        }
        return url;
    }

    /// <summary>Valid fields for every form of the matrix, so that an allowed role's post succeeds rather than fails validation.</summary>
    public Dictionary<string, string> FormFields => new()
    {
        ["Input.Name"] = "Tapahtumat", ["Input.Kind"] = "Count", ["Input.Direction"] = "Increase", ["Input.NameFi"] = "Tapahtumat",
        ["Measure.Date"] = "2022-02-28", ["Measure.Value"] = "7",
        ["Input.OrganisationId"] = OrganisationId.ToString(), ["Input.Status"] = "InUse", ["Input.Scope"] = "Unit", ["Input.ContactEmail"] = "tiimi@example.org",
        ["Months"] = "12, 24",
    };
}
