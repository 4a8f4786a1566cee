using Juurru;
using Juurru.Data;
using Juurru.Features;
using Juurru.Features.About;
using Juurru.Features.Account;
using Juurru.Features.Discovery;
using Juurru.Features.Evaluation;
using Juurru.Features.Events;
using Juurru.Features.Health;
using Juurru.Features.Import;
using Juurru.Features.Joining;
using Juurru.Features.OpenData;
using Juurru.Features.Notifications;
using Juurru.Features.Networks;
using Juurru.Features.Organisations;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Features.Rooting;
using Juurru.Features.Search;
using Juurru.Features.Statistics;
using Juurru.Features.Surveys;
using Juurru.Features.Telemetry;
using Juurru.Identity;
using Juurru.Localization;

// `dotnet run -- import-report <file>` runs a command with the same configuration as the site, then exits.
var command = Commands.Parse(args);
var builder = WebApplication.CreateBuilder(command?.HostArgs ?? args);

builder.AddJuurruDatabase();
builder.AddJuurruIdentity();
builder.AddAccounts();
builder.AddJuurruLocalization();
builder.AddJuurruPages();
builder.AddPractices();
builder.AddProjects();
builder.AddOrganisations();
builder.AddNetworks();
builder.AddImport();
builder.AddSearch();
builder.AddEvaluation();
builder.AddSurveys();
builder.AddRooting();
builder.AddNotifications();
builder.AddJoining();
builder.AddAbout();
builder.AddHealth();
builder.AddTelemetry();
builder.AddOpenData();
builder.AddStatistics();
builder.AddEvents();
builder.AddDiscovery();

var app = builder.Build();
if (command is not null) return await command.RunAsync(app);

await app.Services.PrepareDatabaseAsync();
app.UseJuurruWeb();
app.MapPracticesApi();
app.MapAttachments();
app.MapProjectsApi();
app.MapOrganisationsApi();
app.MapNetworksApi();
app.MapSearchApi();
app.MapSurveysApi();
app.MapRootingApi();
app.MapHealth();
app.MapDiscovery();
app.MapOpenData();
app.MapEvents();
await app.RunAsync();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
