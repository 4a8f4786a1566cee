using System.Net;
using System.Text;
using System.Text.Json;
using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Features.Surveys;
using Juurru.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Surveys;

/// <summary>
/// An anonymous survey stays anonymous to someone holding the coordinator's pages, the exports and a copy of the data
/// folder: nothing stored with a response, shown about an invitee, or left behind in the database files links the two.
/// </summary>
public sealed class SurveyAnonymityTests
{
    private static async Task<(JuurruApp App, Browser Coordinator, int Id)> AnonymousSurveyAsync(Db db, string invitees, bool byGroup = false)
    {
        var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        var url = $"/fi/surveys/{id}/distribution";
        var mode = new Dictionary<string, string> { ["Mode"] = "Anonymous" };
        if (byGroup) mode["ReportsByGroup"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(url, "form[action*=Mode]", mode)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SurveySteps.UploadAsync(coordinator, url, "Invitees", "InviteeFile", "kutsut.csv", invitees)).StatusCode);
        await SurveySteps.OpenAsync(coordinator, id, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddDays(7));
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(url, "form[action*=Send]", [])).StatusCode);
        return (app, coordinator, id);
    }

    private static bool IsStartOfHelsinkiDay(DateTime? utc) => utc is { } at && Dates.ToHelsinki(at).TimeOfDay == TimeSpan.Zero;

    [Theory, Databases]
    public async Task An_anonymous_response_keeps_no_language_group_time_of_day_or_invitation(Db db)
    {
        var (app, coordinator, id) = await AnonymousSurveyAsync(db, "email,group,language\nkalle@example.fi,Pienet,sv\nliisa@example.fi,Pienet,fi\n");
        await using var _ = app;
        using var __ = coordinator;
        using var kalle = app.NewBrowser();
        await SurveySteps.AnswerAsync(kalle, SurveySteps.PersonalLink(Mails.To(app, "kalle@example.fi").Single()), "teacher", "4");

        var response = await app.WithDbAsync(d => d.SurveyResponses.SingleAsync(r => r.SurveyId == id));
        Assert.Equal("", response.Language);
        Assert.Null(response.GroupId);
        Assert.Null(response.InvitationId);
        Assert.True(IsStartOfHelsinkiDay(response.SubmittedAt) && IsStartOfHelsinkiDay(response.StartedAt) && IsStartOfHelsinkiDay(response.UpdatedAt));
        var csv = (await coordinator.Client.GetStringAsync($"/fi/surveys/{id}?handler=Responses&format=csv")).Split("\r\n")[1];
        Assert.Matches(@"^\d+,\d{4}-\d\d-\d\d,,,teacher,4", csv);
    }

    [Theory, Databases]
    public async Task The_distribution_page_and_the_invitations_do_not_tell_who_answered_an_anonymous_survey(Db db)
    {
        var (app, coordinator, id) = await AnonymousSurveyAsync(db, "email\nkalle@example.fi\nliisa@example.fi\n");
        await using var _ = app;
        using var __ = coordinator;
        using var kalle = app.NewBrowser();
        await SurveySteps.AnswerAsync(kalle, SurveySteps.PersonalLink(Mails.To(app, "kalle@example.fi").Single()), "teacher", "4");
        var url = $"/fi/surveys/{id}/distribution";
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(url, "form[action*=Remind]", [])).StatusCode);
        Assert.Equal(2, Mails.To(app, "liisa@example.fi").Count);

        var page = await coordinator.PageAsync(url);
        var headers = page.QuerySelectorAll("#invitees-title ~ table th").Select(h => h.TextContent.Trim()).ToList();
        Assert.DoesNotContain("Vastannut", headers);
        Assert.DoesNotContain("Muistutuksia", headers);
        Assert.Contains("1", page.QuerySelector("#rates-title ~ table tbody tr")!.TextContent); // how many answered, not who
        var invitations = await app.WithDbAsync(d => d.SurveyInvitations.Where(i => i.SurveyId == id).ToListAsync());
        Assert.All(invitations, i => Assert.True(i.Reminders == 0 && i.RemindedAt is null && IsStartOfHelsinkiDay(i.SentAt)));

        // Once sent, no invitation can be removed: a refusal only for those who answered would name them.
        Assert.Empty(page.QuerySelectorAll("#invitees-title ~ table form"));
        var liisaId = invitations.Single(i => i.Email == "liisa@example.fi").Id;
        var refused = await coordinator.PostAsync($"{url}?handler=RemoveInvitee", new() { ["invitation"] = liisaId.ToString() });
        Assert.Contains("anonyymissä kyselyssä", (await Browser.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(2, await app.WithDbAsync(d => d.SurveyInvitations.CountAsync(i => i.SurveyId == id)));
    }

    [Theory, Databases]
    public async Task An_anonymous_survey_reporting_by_group_keeps_only_groups_of_five_invitees(Db db)
    {
        var rows = string.Concat(Enumerable.Range(1, 5).Select(i => $"iso{i}@example.fi,Isot\n")) + "pieni@example.fi,Pienet\n";
        var (app, coordinator, id) = await AnonymousSurveyAsync(db, "email,group\n" + rows, byGroup: true);
        await using var _ = app;
        using var __ = coordinator;
        foreach (var who in new[] { "iso1@example.fi", "pieni@example.fi" })
        {
            using var invitee = app.NewBrowser();
            await SurveySteps.AnswerAsync(invitee, SurveySteps.PersonalLink(Mails.To(app, who).Single()), "teacher", "4");
        }
        var large = await app.WithDbAsync(d => d.RespondentGroups.Where(g => g.Name == "Isot").Select(g => g.Id).SingleAsync());
        var groups = await app.WithDbAsync(d => d.SurveyResponses.Where(r => r.SurveyId == id).Select(r => r.GroupId).ToListAsync());
        Assert.Equal([null, large], groups.OrderBy(g => g).ToList());
    }

    [Theory, Databases]
    public async Task The_published_report_answers_no_filter_whose_complement_is_a_small_group(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        async Task ImportAsync(string role, int count) => Assert.Equal(HttpStatusCode.Redirect, (await SurveySteps.UploadAsync(coordinator,
            $"/fi/surveys/{id}", "ImportResponses", "ResponsesFile", "vastaukset.csv", "role,useful\n" + string.Concat(Enumerable.Repeat($"{role},4\n", count)))).StatusCode);
        await ImportAsync("teacher", 6);
        await ImportAsync("counsellor", 2);
        await coordinator.SubmitAsync($"/fi/surveys/{id}/report", "form[action*=Publish]", []);
        using var visitor = app.NewBrowser();

        async Task<(bool Suppressed, int Responses)> PublicAsync(string filter)
        {
            using var json = JsonDocument.Parse(await visitor.Client.GetStringAsync($"/api/v1/surveys/{id}/report?filter={filter}"));
            return (json.RootElement.GetProperty("suppressed").GetBoolean(), json.RootElement.GetProperty("responses").GetInt32());
        }
        // The teachers' report is large enough, but the whole (8) minus it would be the two counsellors' answers.
        Assert.Equal((true, 0), await PublicAsync("role:teacher"));
        Assert.Equal((true, 0), await PublicAsync("role:counsellor"));
        Assert.Equal((false, 8), await PublicAsync(""));
        // Those who manage the survey see every response anyway: their narrowed report is not held back.
        using var managed = JsonDocument.Parse(await coordinator.Client.GetStringAsync($"/api/v1/surveys/{id}/report?filter=role:teacher"));
        Assert.Equal(6, managed.RootElement.GetProperty("responses").GetInt32());

        // With five or more on every side, the public gets the narrowed report.
        await ImportAsync("counsellor", 3);
        Assert.Equal((false, 6), await PublicAsync("role:teacher"));
    }

    [Theory, Databases]
    public async Task A_copy_of_the_data_folder_holds_no_earlier_version_of_an_anonymous_response(Db db)
    {
        var (app, coordinator, id) = await AnonymousSurveyAsync(db, "email\nkalle@example.fi\n");
        await using var _ = app;
        using var __ = coordinator;
        using var kalle = app.NewBrowser();
        var link = SurveySteps.PersonalLink(Mails.To(app, "kalle@example.fi").Single());
        // The site keeps connections open in a pool, and so the write-ahead log on disk; the tests' own connections
        // are not pooled, so one is held open here as the site's would be.
        await using var held = db == Db.Sqlite ? new SqliteConnection(await app.WithDbAsync(d => Task.FromResult(d.Database.GetConnectionString()!))) : null;
        if (held is not null)
        {
            await held.OpenAsync();
            await using var mode = held.CreateCommand();
            mode.CommandText = "PRAGMA journal_mode"; // also makes SQLite really open the file
            Assert.Equal("wal", await mode.ExecuteScalarAsync());
        }

        // Saved for later, the response is tied to the invitation (the personal link resumes it) with a first comment.
        const string marker = "Valitallennus-7f3a9c"; // ASCII: stored answers escape other letters
        var begun = await kalle.SubmitAsync(await kalle.PageAsync(link), "form[action*=Begin]", []);
        var page = await kalle.PageAsync(begun.Headers.Location!.OriginalString);
        var later = await kalle.SubmitAsync(page, "form.survey-form", new() { ["a.role"] = "teacher", ["a.comment"] = marker }, submitter: "button[formaction*=Later]");
        Assert.EndsWith("/saved", later.Headers.Location!.OriginalString);
        Assert.NotNull(await app.WithDbAsync(d => d.SurveyResponses.Where(r => r.SurveyId == id).Select(r => r.InvitationId).SingleAsync()));
        if (held is not null)
        {
            // As SQLite does by itself every thousand pages: the saved-for-later version moves into the database file.
            await using var checkpoint = held.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
            Assert.True(await FilesHoldAsync(app, marker), "The search finds what the files hold.");
        }

        var resume = (await kalle.PageAsync(link)).QuerySelector("a.button")!.GetAttribute("href")!;
        var sent = await kalle.SubmitAsync(await kalle.PageAsync(resume), "form.survey-form",
            new() { ["a.role"] = "teacher", ["a.useful"] = "4", ["a.comment"] = "Lopullinen vastaus, " + new string('x', 300) }, submitter: "button[formaction*=Send]");
        Assert.EndsWith("/done", sent.Headers.Location!.OriginalString);
        Assert.Null(await app.WithDbAsync(d => d.SurveyResponses.Where(r => r.SurveyId == id).Select(r => r.InvitationId).SingleAsync()));
        if (db != Db.Sqlite) return; // PostgreSQL keeps dead rows until VACUUM: see docs/OPERATIONS.md

        await app.WithServiceAsync<WalCheckpoints, bool>(async c => { await c.IdleAsync(); return true; });
        Assert.False(await FilesHoldAsync(app, marker), "The database files still hold the saved-for-later answers.");
    }

    /// <summary>Whether the SQLite database file, its write-ahead log or its index hold the text, byte for byte.</summary>
    private static async Task<bool> FilesHoldAsync(JuurruApp app, string text)
    {
        var database = new SqliteConnectionStringBuilder(await app.WithDbAsync(d => Task.FromResult(d.Database.GetConnectionString()!))).DataSource;
        var files = Directory.GetFiles(Path.GetDirectoryName(database)!, Path.GetFileName(database) + "*"); // the file, its -wal and -shm
        Assert.Contains(database, files);
        var needle = Encoding.UTF8.GetBytes(text);
        foreach (var file in files)
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            if (copy.ToArray().AsSpan().IndexOf(needle) >= 0) return true;
        }
        return false;
    }
}
