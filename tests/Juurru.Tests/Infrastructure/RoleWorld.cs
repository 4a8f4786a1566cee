using System.Net;
using Juurru.Features.Networks;
using Juurru.Features.Projects;

namespace Juurru.Tests.Infrastructure;

/// <summary>The roles every write action is tried with.</summary>
public enum Role
{
    Visitor,
    Outsider,
    Member,
    OtherMember,
    Coordinator,
    OtherCoordinator,
    Administrator,
}

/// <summary>What a role got from a page or action: sent to sign in, let through (a page or a redirect), or refused (403/404).</summary>
public enum RoleOutcome
{
    SignIn,
    Allowed,
    Forbidden,
}

/// <summary>
/// Two networks with a project each: enough to sign in as every role, in relation to <see cref="Project"/>
/// ("other" roles belong to the other network and its project).
/// </summary>
public sealed record RoleWorld(JuurruApp App, Network Network, Project Project, Network OtherNetwork, Project OtherProject) : IAsyncDisposable
{
    public static async Task<RoleWorld> CreateAsync(Db db)
    {
        var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync("Verkosto");
        var other = await app.NetworkAsync("Toinen verkosto");
        return new RoleWorld(app, network, await app.ProjectAsync(network, "Oma hanke"), other, await app.ProjectAsync(other, "Muu hanke"));
    }

    public async Task<Browser> AsAsync(Role role) => role switch
    {
        Role.Visitor => App.NewBrowser(),
        Role.Outsider => await App.SignInAsync(await App.OutsiderAsync()),
        Role.Member => await App.SignInAsync(await App.MemberAsync(Project)),
        Role.OtherMember => await App.SignInAsync(await App.MemberAsync(OtherProject)),
        Role.Coordinator => await App.SignInAsync(await App.CoordinatorAsync(Network)),
        Role.OtherCoordinator => await App.SignInAsync(await App.CoordinatorAsync(OtherNetwork)),
        _ => await App.SignInAsync(await App.AdministratorAsync()),
    };

    /// <summary>Theory rows: each case once per database.</summary>
    public static TheoryData<Db, Role, HttpStatusCode> Matrix(params (Role, HttpStatusCode)[] cases)
    {
        var data = new TheoryData<Db, Role, HttpStatusCode>();
        foreach (var db in Databases())
            foreach (var (role, status) in cases)
                data.Add(db, role, status);
        return data;
    }

    /// <summary>SQLite always; PostgreSQL where configured or required (the role matrices are the same on both).</summary>
    public static IEnumerable<Db> Databases() =>
        TestDatabase.PostgresServer is null && Environment.GetEnvironmentVariable("JUURRU_REQUIRE_POSTGRES") != "1" ? [Db.Sqlite] : [Db.Sqlite, Db.Postgres];

    public static RoleOutcome OutcomeOf(HttpResponseMessage response, object who) => response.StatusCode switch
    {
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/account/login") => RoleOutcome.SignIn,
        HttpStatusCode.OK or HttpStatusCode.Redirect => RoleOutcome.Allowed,
        HttpStatusCode.Forbidden or HttpStatusCode.NotFound => RoleOutcome.Forbidden,
        var other => throw new InvalidOperationException($"{who}: unexpected {other}"),
    };

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
