using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Juurru.Features.Surveys.Answering;
using Juurru.Features.Surveys.Distribution;
using Juurru.Features.Surveys;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juurru.Tests.Features.Surveys;

/// <summary>Respondent groups, invitee lists, personal links, reminders, response rates and the anonymity modes, through the pages.</summary>
public sealed class SurveyDistributionTests
{
    [Theory, Databases]
    public async Task Invitees_answer_through_personal_links_and_the_response_rate_is_counted_per_group(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, link) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        var url = $"/fi/surveys/{id}/distribution";
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(url, "form[action*=Mode]", new() { ["Mode"] = "Pseudonymous" })).StatusCode);

        // A list with bad rows adds nobody and names every problem with its row.
        var bad = await SurveySteps.UploadAsync(coordinator, url, "Invitees", "InviteeFile", "kutsut.csv",
            "email;name;group\nmatti@example.fi;Matti;Päähankkeet\nei-osoite;X;Osahankkeet\nMATTI@example.fi;M;Päähankkeet\n");
        var errors = (await Browser.ParseAsync(bad)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Rivi 3: \"ei-osoite\" ei ole sähköpostiosoite.", errors);
        Assert.Contains("Rivi 4: MATTI@example.fi on jo luettelossa.", errors);
        Assert.Equal(0, await app.WithDbAsync(d => d.SurveyInvitations.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(d => d.RespondentGroups.CountAsync()));

        var added = await SurveySteps.UploadAsync(coordinator, url, "Invitees", "InviteeFile", "kutsut.csv",
            "sähköposti,nimi,ryhmä,kieli\nmatti@example.fi,Matti,Päähankkeet,fi\nliisa@example.fi,Liisa,Päähankkeet,\nkalle@example.fi,Kalle,Osahankkeet,sv\n");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(["Osahankkeet", "Päähankkeet"], await app.WithDbAsync(d => d.RespondentGroups.OrderBy(g => g.Name).Select(g => g.Name).ToListAsync()));

        // Invitations wait for the answering period; then each invitee gets a personal link in their language.
        var early = await coordinator.SubmitAsync(url, "form[action*=Send]", []);
        Assert.Contains("Aseta vastausaika", (await Browser.ParseAsync(early)).QuerySelector(".error-summary")!.TextContent);
        await SurveySteps.OpenAsync(coordinator, id, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddDays(7));
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(url, "form[action*=Send]", [])).StatusCode);
        Assert.Equal(3, Mails.All(app).Count);
        var kalle = Mails.To(app, "kalle@example.fi").Single();
        Assert.Equal("Enkät: Responsenkät", kalle.Subject);
        Assert.StartsWith($"/sv/s/{link}?i=", SurveySteps.PersonalLink(kalle));
        var mattiLink = SurveySteps.PersonalLink(Mails.To(app, "matti@example.fi").Single());

        // Matti answers: the response carries his group and a respondent code, not the invitation.
        using var matti = app.NewBrowser();
        await SurveySteps.AnswerAsync(matti, mattiLink, "teacher", "4");
        var response = await app.WithDbAsync(d => d.SurveyResponses.SingleAsync());
        var mainGroup = await app.WithDbAsync(d => d.RespondentGroups.SingleAsync(g => g.Name == "Päähankkeet"));
        Assert.Equal(mainGroup.Id, response.GroupId);
        Assert.Null(response.InvitationId);
        Assert.Matches("^R-[0-9A-F]{10}$", response.RespondentCode!);
        Assert.True(await app.WithDbAsync(d => d.SurveyInvitations.Where(i => i.Email == "matti@example.fi").Select(i => i.Answered).SingleAsync()));
        Assert.Contains("Olet jo vastannut", (await matti.PageAsync(mattiLink)).QuerySelector("[role=status]")!.TextContent);

        // Liisa starts but does not send: her link takes her back to the same response.
        using var liisa = app.NewBrowser();
        var liisaLink = SurveySteps.PersonalLink(Mails.To(app, "liisa@example.fi").Single());
        var begun = await liisa.SubmitAsync(await liisa.PageAsync(liisaLink), "form[action*=Begin]", []);
        var resume = (await liisa.PageAsync(liisaLink)).QuerySelector<IHtmlAnchorElement>("a.button")!.GetAttribute("href");
        Assert.Equal(begun.Headers.Location!.OriginalString, resume);

        // Reminders go to those who have not answered; the rates are per group.
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(url, "form[action*=Remind]", [])).StatusCode);
        Assert.Single(Mails.To(app, "matti@example.fi"));
        Assert.Equal(2, Mails.To(app, "liisa@example.fi").Count);
        Assert.Equal("Muistutus: Palautekysely", Mails.To(app, "liisa@example.fi")[1].Subject);
        var rates = (await coordinator.PageAsync(url)).QuerySelectorAll("#rates-title ~ table tbody tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.Contains(rates, r => r.StartsWith("Päähankkeet") && r.Contains("50,0 %"));
        Assert.Contains(rates, r => r.StartsWith("Osahankkeet") && r.Contains("0,0 %"));

        // The group's report is suppressed (under five); the export names the group and the code.
        var groupReport = await coordinator.PageAsync($"/fi/surveys/{id}/report?filter=group:{mainGroup.Id}");
        Assert.Contains("alle 5 vastaajaa", groupReport.QuerySelector(".notice")!.TextContent);
        var csv = (await coordinator.Client.GetStringAsync($"/fi/surveys/{id}?handler=Responses&format=csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("response,submitted,language,group,code,role,useful", csv[0]);
        Assert.Contains($",Päähankkeet,{response.RespondentCode},teacher,4", csv[1]);

        // A wrong address comes off the list; one who answered stays in the rate.
        var page = await coordinator.PageAsync(url);
        var removed = await coordinator.SubmitAsync(page, "tr:has(td:first-child:contains('kalle@example.fi')) form", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.WithDbAsync(d => d.SurveyInvitations.AnyAsync(i => i.Email == "kalle@example.fi")));
        Assert.Null(page.QuerySelector("tr:has(td:first-child:contains('matti@example.fi')) form"));
        var mattiId = await app.WithDbAsync(d => d.SurveyInvitations.Where(i => i.Email == "matti@example.fi").Select(i => i.Id).SingleAsync());
        var refused = await coordinator.PostAsync($"{url}?handler=RemoveInvitee", new() { ["invitation"] = mattiId.ToString() });
        Assert.Contains("kutsu pysyy mukana", (await Browser.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);

        // Answers exist: the mode is fixed.
        var change = await coordinator.SubmitAsync(url, "form[action*=Mode]", new() { ["Mode"] = "Named" });
        Assert.Contains("anonymiteettiä ei voi enää muuttaa", (await Browser.ParseAsync(change)).QuerySelector(".error-summary")!.TextContent);

        // Through the open link a pseudonymous survey asks for the code; a made-up response address leads back to it.
        using var visitor = app.NewBrowser();
        var open = await visitor.PageAsync($"/fi/s/{link}");
        var noCode = await visitor.SubmitAsync(open, "form[action*=Begin]", new() { ["Code"] = "ab" });
        Assert.Contains("Anna vastaajatunnuksesi", (await Browser.ParseAsync(noCode)).QuerySelector(".error-summary")!.TextContent);
        var withCode = await visitor.SubmitAsync(open, "form[action*=Begin]", new() { ["Code"] = "ab 12cd" });
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(d => d.SurveyResponses.CountAsync(r => r.RespondentCode == "AB12CD" && r.GroupId == null)));
        var madeUp = await visitor.GetAsync($"/fi/s/{link}/{new string('b', 32)}/1");
        Assert.Equal($"/fi/s/{link}", madeUp.Headers.Location!.OriginalString);
    }

    [Theory, Databases]
    public async Task A_named_survey_keeps_the_invitation_and_an_anonymous_one_forgets_it(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        foreach (var mode in new[] { Anonymity.Named, Anonymity.Anonymous })
        {
            var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
            var url = $"/fi/surveys/{id}/distribution";
            await coordinator.SubmitAsync(url, "form[action*=Mode]", new() { ["Mode"] = mode.ToString() });
            await SurveySteps.UploadAsync(coordinator, url, "Invitees", "InviteeFile", "kutsut.csv", $"email,name\n{mode}@example.fi,Saara {mode}\n");
            await SurveySteps.OpenAsync(coordinator, id, DateTime.UtcNow.AddMinutes(-5));
            await coordinator.SubmitAsync(url, "form[action*=Send]", []);
            using var invitee = app.NewBrowser();
            await SurveySteps.AnswerAsync(invitee, SurveySteps.PersonalLink(Mails.To(app, $"{mode}@example.fi").Single()), "counsellor", "dk");
            var response = await app.WithDbAsync(d => d.SurveyResponses.SingleAsync(r => r.SurveyId == id));
            Assert.Null(response.RespondentCode);
            var csv = await coordinator.Client.GetStringAsync($"/fi/surveys/{id}?handler=Responses&format=csv");
            if (mode == Anonymity.Named)
            {
                Assert.NotNull(response.InvitationId);
                Assert.Contains(",name,email,", csv);
                Assert.Contains($",Saara Named,Named@example.fi,counsellor,dk", csv);
            }
            else
            {
                Assert.Null(response.InvitationId);
                Assert.DoesNotContain("Saara", csv);
                Assert.DoesNotContain("@example.fi", csv);
            }
            Assert.True(await app.WithDbAsync(d => d.SurveyInvitations.Where(i => i.SurveyId == id).Select(i => i.Answered).SingleAsync()));
        }
    }

    [Theory, Databases]
    public async Task One_invitation_sends_one_response_even_from_two_tabs(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
        var invitation = await app.WithDbAsync(async d =>
        {
            var i = new Invitation { SurveyId = id, Email = "kaksi@example.fi" };
            d.SurveyInvitations.Add(i);
            await d.SaveChangesAsync();
            return i.Id;
        });
        var writer = app.Services.GetRequiredService<ResponseWriter>();
        var now = DateTime.UtcNow;
        var origin = new ResponseOrigin(null, invitation, null, null);
        foreach (var key in new[] { "a", "b" })
            await writer.WriteAsync(new ResponseWrite(id, new string(key[0], 32), "fi", "{}", false, now) { Origin = origin });
        Assert.Equal(WriteOutcome.Stored, await writer.WriteAsync(new ResponseWrite(id, new string('a', 32), "fi", "{\"role\":[\"teacher\"]}", true, now)));
        Assert.Equal(WriteOutcome.AlreadySent, await writer.WriteAsync(new ResponseWrite(id, new string('b', 32), "fi", "{\"role\":[\"counsellor\"]}", true, now)));
        Assert.Equal(1, await app.WithDbAsync(d => d.SurveyResponses.CountAsync(r => r.Status == ResponseStatus.Submitted)));
    }

    [Theory, Databases]
    public async Task The_automatic_reminder_goes_once_the_set_days_before_closing(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        async Task<int> SurveyAsync(int closesInDays, string who)
        {
            var (id, _) = await SurveySteps.CreateAsync(app, coordinator, network.Id, SampleSurveys.Feedback);
            var url = $"/fi/surveys/{id}/distribution";
            await SurveySteps.UploadAsync(coordinator, url, "Invitees", "InviteeFile", "kutsut.csv", $"email\n{who}@example.fi\n");
            await SurveySteps.OpenAsync(coordinator, id, DateTime.UtcNow.AddDays(-1), DateTime.UtcNow.AddDays(closesInDays));
            await coordinator.SubmitAsync(url, "form[action*=Send]", []);
            var bad = await coordinator.SubmitAsync(url, "form[action*=Reminder]", new() { ["ReminderDaysBefore"] = "0" });
            Assert.NotNull((await Browser.ParseAsync(bad)).QuerySelector(".error-summary"));
            Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(url, "form[action*=Reminder]", new() { ["ReminderDaysBefore"] = "3" })).StatusCode);
            return id;
        }
        await SurveyAsync(2, "pian");
        await SurveyAsync(10, "myohemmin");

        Assert.Equal(1, await app.WithServiceAsync<SurveyMailing, int>(m => m.SendDueAsync(default)));
        Assert.Equal("Muistutus: Palautekysely", Mails.To(app, "pian@example.fi").Skip(1).Single().Subject);
        Assert.Single(Mails.To(app, "myohemmin@example.fi"));
        Assert.Equal(0, await app.WithServiceAsync<SurveyMailing, int>(m => m.SendDueAsync(default))); // once
    }
}
