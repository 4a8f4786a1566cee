using Juurru.Data;
using Juurru.Features.Networks;
using Juurru.Features.Organisations;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Features.Shared;
using Juurru.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juurru.Tests.Infrastructure;

/// <summary>Small builders: each test makes the data it needs, with sensible defaults.</summary>
public static class TestData
{
    public const string Password = "hauki lentää pilven yli";

    public static async Task<Network> NetworkAsync(this JuurruApp app, string name = "Testiverkosto")
    {
        return await app.WithDbAsync(async db =>
        {
            var network = new Network { Slug = "n-" + Guid.NewGuid().ToString("N")[..8] };
            network.Rename(name);
            network.AddThemes([("A", "Ohjaus"), ("A1", "Uraohjaus")]);
            db.Networks.Add(network);
            await db.SaveChangesAsync();
            return network;
        });
    }

    public static async Task<Project> ProjectAsync(this JuurruApp app, Network network, string name = "Testihanke")
    {
        return await app.WithDbAsync(async db =>
        {
            var lead = Organisation.Create("Org " + Guid.NewGuid().ToString("N")[..8], OrganisationType.VocationalProvider);
            var project = new Project { NetworkId = network.Id, LeadOrganisation = lead, EndDate = new DateOnly(2030, 12, 31) };
            project.Rename(name);
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project;
        });
    }

    /// <summary>A practice with the whole template filled in, in the given state.</summary>
    public static async Task<Practice> PracticeAsync(this JuurruApp app, Project project, PracticeStatus status = PracticeStatus.Published,
        string title = "Vertaismentorointi", PracticeKind kind = PracticeKind.GoodPractice)
    {
        return await app.WithDbAsync(async db =>
        {
            var tracked = await db.Projects.SingleAsync(p => p.Id == project.Id);
            var themes = await db.Themes.Where(t => t.NetworkId == project.NetworkId).ToListAsync();
            var practice = Complete(title, kind);
            practice.NetworkId = project.NetworkId;
            practice.Projects.Add(tracked);
            practice.Themes.AddRange(themes);
            if (status is PracticeStatus.Submitted or PracticeStatus.Published or PracticeStatus.Archived) practice.Submit();
            if (status is PracticeStatus.Published or PracticeStatus.Archived) practice.Publish(DateTime.UtcNow);
            if (status is PracticeStatus.Archived) practice.Archive();
            db.Practices.Add(practice);
            await db.SaveChangesAsync();
            return practice;
        });
    }

    /// <summary>An event of a network from <paramref name="startsAt"/> (UTC) for two hours, on site, with a two-item programme.</summary>
    public static Task<Juurru.Features.Events.Event> EventAsync(this JuurruApp app, Network network, string title, DateTime startsAt, bool published = true) =>
        app.WithDbAsync(async db =>
        {
            var e = new Juurru.Features.Events.Event
            {
                NetworkId = network.Id, Title = title, Place = "Opistotie 1, Järvikylä", OnlineUrl = "https://meet.example.org/salainen",
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            };
            e.Schedule(startsAt, startsAt.AddHours(2));
            e.Programme.Add(new() { SortOrder = 0, StartsAt = new TimeOnly(14, 0), EndsAt = new TimeOnly(14, 30), Title = "Alustus", Speakers = [new("Aino Esimerkki", "", "Opisto")] });
            e.Programme.Add(new() { SortOrder = 1, StartsAt = new TimeOnly(14, 30), Kind = Juurru.Features.Events.ProgrammeItemKind.Break, Title = "Tauko" });
            if (published) e.Publish();
            db.Events.Add(e);
            await db.SaveChangesAsync();
            return e;
        });

    /// <summary>A practice, not saved, whose template is complete (projects and themes are the caller's).</summary>
    public static Practice Complete(string title = "Vertaismentorointi", PracticeKind kind = PracticeKind.GoodPractice)
    {
        var practice = new Practice
        {
            Kind = kind,
            Summary = "Opiskelijat tukevat toisiaan opintojen alussa.",
            GoalAndTargetGroup = "Tavoitteena on, että aloittavat opiskelijat kiinnittyvät opintoihin.",
            ContentAndActions = "Toisen vuoden opiskelijat tapaavat uusia opiskelijoita viikoittain.",
            StaffInduction = "Ohjaajat perehdytetään kahden tunnin koulutuksessa.",
            Materials = "Ohjaajan opas.",
            Resources = "Koordinaattori 10 % työajasta.",
            ResultsAndIndicators = "Keskeyttäneiden osuus laski.",
            Contacts = [new ContactPerson { Name = "Testi Henkilö", Email = "testi@example.org" }],
        };
        practice.Retitle(title);
        return practice;
    }

    /// <summary>"Kohderyhmien opiskelijat": a count from 0 to 500 by 31.7.2023, with the given measurements.</summary>
    public static Task<int> IndicatorAsync(this JuurruApp app, Project project, params (DateOnly Date, decimal Value)[] measurements) =>
        app.WithDbAsync(async db =>
        {
            var indicator = Juurru.Features.Rooting.Indicators.Indicator.ForProject(project.Id, null);
            indicator.Define(new("Kohderyhmien opiskelijat", "opiskelijaa", Juurru.Features.Rooting.Indicators.IndicatorKind.Count,
                Juurru.Features.Rooting.Indicators.IndicatorDirection.Increase, 0, new DateOnly(2021, 1, 1), 500, new DateOnly(2023, 7, 31), "Rekisteri"));
            indicator.AddRevision(Juurru.Features.Rooting.Indicators.IndicatorAction.Created, null, "Testi", [], DateTime.UtcNow);
            foreach (var (date, value) in measurements) indicator.Measure(date, value, "Rekisteri", "");
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();
            return indicator.Id;
        });

    public static Task<Organisation> OrganisationAsync(this JuurruApp app, string name = "Käyttäjäopisto", string region = "MK15") =>
        app.WithDbAsync(async db =>
        {
            var organisation = Organisation.Create($"{name} {Guid.NewGuid().ToString("N")[..4]}", OrganisationType.VocationalProvider);
            organisation.Region = await db.Regions.SingleAsync(r => r.Code == region);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation;
        });

    /// <summary>A member of an organisation (not of any project).</summary>
    public static Task<User> OrganisationMemberAsync(this JuurruApp app, Organisation organisation) =>
        app.UserAsync("orgmember", (_, db, user) =>
        {
            db.OrganisationMembers.Add(new OrganisationMember { OrganisationId = organisation.Id, UserId = user.Id });
            return Task.CompletedTask;
        });

    /// <summary>An adoption recorded as a member would, with the practice's rooting summary updated.</summary>
    public static Task<int> AdoptionAsync(this JuurruApp app, Practice practice, Organisation organisation,
        Juurru.Features.Rooting.Adoptions.AdoptionStatus status = Juurru.Features.Rooting.Adoptions.AdoptionStatus.InUse, string email = "tiimi@example.org", string language = "fi") =>
        app.WithServiceAsync<Juurru.Features.Rooting.Adoptions.AdoptionWork, int>(async work =>
            (await work.RecordAsync(practice.Id, organisation.Id, new(new DateOnly(2024, 3, 1), Juurru.Features.Rooting.Adoptions.AdoptionScope.WholeOrganisation, "",
                status, status == Juurru.Features.Rooting.Adoptions.AdoptionStatus.Stopped ? "Resurssit loppuivat" : "", "", "Tiimi", email, language, false),
                Juurru.Features.Rooting.Adoptions.AdoptionSource.Member, "Testi", default)).Id);

    /// <summary>A network's survey from a definition (see SampleSurveys), open for answers since an hour ago.</summary>
    public static Task<Juurru.Features.Surveys.Survey> OpenSurveyAsync(this JuurruApp app, int networkId, string definition,
        Juurru.Features.Surveys.Anonymity anonymity = Juurru.Features.Surveys.Anonymity.Anonymous) => app.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var survey = new Juurru.Features.Surveys.Survey { NetworkId = networkId, Anonymity = anonymity, OpensAt = now.AddHours(-1), CreatedAt = now, UpdatedAt = now };
        survey.Define(Juurru.Features.Surveys.SurveyFormat.Parse(definition).Definition!);
        db.Surveys.Add(survey);
        await db.SaveChangesAsync();
        return survey;
    });

    /// <summary>A response stored as the answering pages would store it (sent unless told otherwise), with the given answers.</summary>
    public static Task<Juurru.Features.Surveys.SurveyResponse> SurveyResponseAsync(this JuurruApp app, int surveyId,
        IReadOnlyDictionary<string, string> answers, Juurru.Features.Surveys.ResponseStatus status = Juurru.Features.Surveys.ResponseStatus.Submitted,
        int? invitationId = null, string? name = null) => app.WithDbAsync(async db =>
    {
        var values = new Juurru.Features.Surveys.Answers();
        foreach (var (key, value) in answers) values.Set(key, [value]);
        var now = DateTime.UtcNow;
        var response = new Juurru.Features.Surveys.SurveyResponse
        {
            SurveyId = surveyId, Key = Juurru.Features.Surveys.SurveyResponse.NewKey(), Status = status, AnswersJson = values.ToJson(),
            StartedAt = now, UpdatedAt = now, SubmittedAt = status == Juurru.Features.Surveys.ResponseStatus.Submitted ? now : null,
            InvitationId = invitationId, RespondentName = name,
        };
        db.SurveyResponses.Add(response);
        await db.SaveChangesAsync();
        return response;
    });

    public static Task<User> AdministratorAsync(this JuurruApp app) =>
        app.UserAsync("admin", async (users, _, user) => await users.AddToRoleAsync(user, Roles.Administrator));

    public static Task<User> CoordinatorAsync(this JuurruApp app, Network network) =>
        app.UserAsync("coordinator", (_, db, user) =>
        {
            db.NetworkCoordinators.Add(new NetworkCoordinator { NetworkId = network.Id, UserId = user.Id });
            return Task.CompletedTask;
        });

    public static Task<User> MemberAsync(this JuurruApp app, Project project) =>
        app.UserAsync("member", (_, db, user) =>
        {
            db.ProjectMembers.Add(new ProjectMember { ProjectId = project.Id, UserId = user.Id });
            return Task.CompletedTask;
        });

    /// <summary>An account with no rights beyond signing in.</summary>
    public static Task<User> OutsiderAsync(this JuurruApp app) => app.UserAsync("outsider", (_, _, _) => Task.CompletedTask);

    public static async Task<bool> IsAdministratorAsync(this JuurruApp app, User user)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        return await users.IsInRoleAsync((await users.FindByIdAsync(user.Id))!, Roles.Administrator);
    }

    private static async Task<User> UserAsync(this JuurruApp app, string kind, Func<UserManager<User>, JuurruDbContext, User, Task> grant)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var db = scope.ServiceProvider.GetRequiredService<JuurruDbContext>();
        var email = $"{kind}-{Guid.NewGuid():N}@example.org";
        var user = new User { UserName = email, Email = email, DisplayName = $"Testi {kind}", EmailConfirmed = true };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await grant(users, db, user);
        await db.SaveChangesAsync();
        return user;
    }
}
