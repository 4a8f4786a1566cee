using System.Net;
using Juurru.Features.Practices;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Practices;

/// <summary>A member documents a practice through the forms, a coordinator publishes it; bad input saves nothing.</summary>
public sealed class PracticeEditingTests
{
    [Theory, Databases]
    public async Task A_member_documents_submits_and_a_coordinator_publishes_a_practice(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network, "Polku-hanke");
        var (theme, subtheme) = await app.WithDbAsync(async ctx => (
            await ctx.Themes.SingleAsync(t => t.NetworkId == network.Id && t.Code == "A"),
            await ctx.Themes.SingleAsync(t => t.NetworkId == network.Id && t.Code == "A1")));
        using var member = await app.SignInAsync(await app.MemberAsync(project));

        // Create a draft with the template filled in.
        var created = await member.SubmitAsync($"/fi/practices/new?network={network.Id}", "form.form", new()
        {
            ["Form.Title"] = "Uraohjauksen tuokiot",
            ["Form.Summary"] = "Lyhyet uraohjauksen tuokiot jokaisella jaksolla.",
            ["Form.GoalAndTargetGroup"] = "Tavoitteena on, että **jokainen** opiskelija saa uraohjausta.",
            ["Form.ContentAndActions"] = "- tuokio\n- palaute",
            ["Form.Keywords"] = "uraohjaus, Uraohjaus, ohjaus",
            ["Form.TargetGroups"] = "toisen asteen opiskelijat",
            ["Form.Year"] = "2025",
            ["Form.Contacts[0].Name"] = "Maija Ohjaaja",
            ["Form.Contacts[0].Email"] = "maija@example.org",
            ["Form.Links[0].Title"] = "Materiaalit",
            ["Form.Links[0].Url"] = "https://example.org/materiaalit",
        }, new() { ["Form.ThemeIds"] = [subtheme.Id.ToString()], ["Form.RegionCodes"] = ["MK17"] });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var address = System.Text.RegularExpressions.Regex.Match(created.Headers.Location!.OriginalString, @"^/fi/practices/(\d+)/uraohjauksen-tuokiot$");
        Assert.True(address.Success, created.Headers.Location.OriginalString);
        var id = int.Parse(address.Groups[1].Value);

        var practice = await app.WithDbAsync(ctx => ctx.Practices.AsNoTracking()
            .Include(p => p.Projects).Include(p => p.Themes).Include(p => p.Keywords).Include(p => p.Regions).Include(p => p.Revisions)
            .SingleAsync(p => p.Id == id));
        Assert.Equal(PracticeStatus.Draft, practice.Status);
        Assert.Equal(project.Id, Assert.Single(practice.Projects).Id);
        Assert.Equal([theme.Id, subtheme.Id], practice.Themes.Select(t => t.Id).Order()); // the subtheme brought its theme
        Assert.Equal(["ohjaus", "uraohjaus"], practice.Keywords.Select(k => k.NormalizedName).Order());
        Assert.Equal("MK17", Assert.Single(practice.Regions).Code);
        Assert.Equal(RevisionAction.Created, Assert.Single(practice.Revisions).Action);

        // The page renders the Markdown and offers the member to submit, not to publish.
        var page = await member.PageAsync($"/fi/practices/{id}");
        Assert.Equal("jokainen", page.QuerySelector(".practice-body strong")!.TextContent);
        Assert.NotNull(page.QuerySelector("form[action$='handler=Submit']"));
        Assert.Null(page.QuerySelector("form[action$='handler=Publish']"));
        Assert.Equal(HttpStatusCode.Redirect, (await member.SubmitAsync(page, "form[action$='handler=Submit']", [])).StatusCode);

        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));
        var desk = await coordinator.PageAsync("/fi/account");
        Assert.Contains("Uraohjauksen tuokiot", desk.QuerySelector("#waiting-title ~ .cards")!.TextContent);
        var review = await coordinator.PageAsync($"/fi/practices/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(review, "form[action$='handler=Publish']", [])).StatusCode);

        using var visitor = app.NewBrowser();
        var list = await visitor.PageAsync("/fi/practices?q=uraohjauksen");
        Assert.Contains("Uraohjauksen tuokiot", list.QuerySelector(".cards")!.TextContent);
        var history = await coordinator.PageAsync($"/fi/practices/{id}/history");
        Assert.Equal(3, history.QuerySelectorAll(".history > li").Length);
    }

    [Theory, Databases]
    public async Task An_empty_or_broken_form_is_shown_again_with_messages_and_saves_nothing(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        using var member = await app.SignInAsync(await app.MemberAsync(project));

        var response = await member.SubmitAsync($"/fi/practices/new?network={network.Id}", "form.form", new()
        {
            ["Form.Title"] = "",
            ["Form.Summary"] = "",
            ["Form.Year"] = "kolmetuhatta",
            ["Form.Contacts[0].Email"] = "ei-osoite",
            ["Form.Links[0].Url"] = "javascript:alert(1)",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        var summary = page.QuerySelector(".error-summary")!;
        Assert.Contains("Anna nimi.", summary.TextContent);
        Assert.Contains("Kirjoita lyhyt kuvaus.", summary.TextContent);
        Assert.Contains("Anna kelvollinen sähköpostiosoite.", summary.TextContent);
        Assert.Contains("Anna verkko-osoite, joka alkaa https:// tai http://.", summary.TextContent);
        // Each message links to its field, and the field points back at its message.
        Assert.NotNull(summary.QuerySelector("a[href='#Form_Title']"));
        Assert.Equal("true", page.QuerySelector("#Form_Title")!.GetAttribute("aria-invalid"));
        Assert.Contains("Form_Title-error", page.QuerySelector("#Form_Title")!.GetAttribute("aria-describedby"));
        Assert.Equal(0, await app.WithDbAsync(ctx => ctx.Practices.CountAsync()));
    }

    [Theory, Databases]
    public async Task Submitting_an_incomplete_template_says_what_is_missing(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var practice = await app.PracticeAsync(project, PracticeStatus.Draft);
        await app.WithDbAsync(async ctx =>
        {
            var p = await ctx.Practices.SingleAsync(x => x.Id == practice.Id);
            p.GoalAndTargetGroup = "";
            p.Contacts = [];
            await ctx.SaveChangesAsync();
        });
        using var member = await app.SignInAsync(await app.MemberAsync(project));

        var response = await member.PostAsync($"/fi/practices/{practice.Id}?handler=Submit");
        var page = await member.PageAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("Täytä ensin kuvauspohja. Puuttuu: Tavoite ja kohderyhmä, Yhteystiedot.", page.QuerySelector(".notice-error")!.TextContent);
        Assert.Equal(PracticeStatus.Draft, await app.WithDbAsync(ctx => ctx.Practices.Where(p => p.Id == practice.Id).Select(p => p.Status).SingleAsync()));
    }

    [Theory, Databases]
    public async Task Editing_records_what_changed_and_a_stale_form_is_refused(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var practice = await app.PracticeAsync(project);
        using var member = await app.SignInAsync(await app.MemberAsync(project));
        var form = await member.PageAsync($"/fi/practices/{practice.Id}/edit");

        var saved = await member.SubmitAsync(form, "form.form", new() { ["Form.Summary"] = "Uusi lyhyt kuvaus." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var revision = await app.WithDbAsync(ctx => ctx.PracticeRevisions.Where(r => r.PracticeId == practice.Id).OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal(RevisionAction.Edited, revision.Action);
        var change = Assert.Single(revision.Changes);
        Assert.Equal(PracticeField.Summary, change.Field);
        Assert.Equal("Uusi lyhyt kuvaus.", change.New);
        Assert.Contains("Testi member", revision.UserName);

        // The same (now stale) form again: refused, the newer text stays.
        var stale = await member.SubmitAsync(form, "form.form", new() { ["Form.Summary"] = "Vanhentunut muutos." });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Joku muu tallensi", (await Browser.ParseAsync(stale)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Uusi lyhyt kuvaus.", await app.WithDbAsync(ctx => ctx.Practices.Where(p => p.Id == practice.Id).Select(p => p.Summary).SingleAsync()));
    }

    [Theory, Databases]
    public async Task A_stale_form_shows_the_saved_version_beside_yours_and_saving_again_keeps_yours(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var practice = await app.PracticeAsync(project);
        using var first = await app.SignInAsync(await app.MemberAsync(project));
        using var second = await app.SignInAsync(await app.MemberAsync(project));
        var firstForm = await first.PageAsync($"/fi/practices/{practice.Id}/edit");
        var secondForm = await second.PageAsync($"/fi/practices/{practice.Id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(firstForm, "form.form", new() { ["Form.Summary"] = "Ensimmäisen kuvaus." })).StatusCode);

        var refused = await second.SubmitAsync(secondForm, "form.form", new() { ["Form.Summary"] = "Toisen kuvaus.", ["Form.Year"] = "2024" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await Browser.ParseAsync(refused);
        var rows = page.QuerySelectorAll(".error-summary table tbody tr").Select(r => r.TextContent).ToList();
        var summary = Assert.Single(rows, r => r.Contains("Lyhyt kuvaus"));
        Assert.Contains("Ensimmäisen kuvaus.", summary);
        Assert.Contains("Toisen kuvaus.", summary);
        Assert.Contains(rows, r => r.Contains("Vuosi") && r.Contains("2024"));
        Assert.Contains("Testi member", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Toisen kuvaus.", ((AngleSharp.Html.Dom.IHtmlTextAreaElement)page.QuerySelector("#Form_Summary")!).Value);
        Assert.Equal("Ensimmäisen kuvaus.", await app.WithDbAsync(ctx => ctx.Practices.Where(p => p.Id == practice.Id).Select(p => p.Summary).SingleAsync()));

        // Saving the form as the conflict page gives it back: now knowingly over the first person's version.
        Assert.Equal(HttpStatusCode.Redirect, (await second.SubmitAsync(page, "form.form", new())).StatusCode);
        Assert.Equal("Toisen kuvaus.", await app.WithDbAsync(ctx => ctx.Practices.Where(p => p.Id == practice.Id).Select(p => p.Summary).SingleAsync()));
        var history = await app.WithDbAsync(ctx => ctx.PracticeRevisions.Where(r => r.PracticeId == practice.Id && r.Action == RevisionAction.Edited).OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(["Ensimmäisen kuvaus.", "Toisen kuvaus."], history.Select(r => r.Changes.Single(c => c.Field == PracticeField.Summary).New));
        Assert.Equal("Ensimmäisen kuvaus.", history[1].Changes.Single(c => c.Field == PracticeField.Summary).Old);
    }

    [Theory, Databases]
    public async Task A_change_the_form_does_not_hold_does_not_stop_an_edit(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var practice = await app.PracticeAsync(project, PracticeStatus.Draft);
        using var member = await app.SignInAsync(await app.MemberAsync(project));
        var form = await member.PageAsync($"/fi/practices/{practice.Id}/edit");
        // Meanwhile the practice moves on in a way the form does not show (its status).
        await app.WithDbAsync(async ctx =>
        {
            var p = await ctx.Practices.SingleAsync(x => x.Id == practice.Id);
            p.UpdatedAt = p.UpdatedAt.AddMinutes(1);
            await ctx.SaveChangesAsync();
        });

        var saved = await member.SubmitAsync(form, "form.form", new() { ["Form.Summary"] = "Kuvaus muuttui." });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Kuvaus muuttui.", await app.WithDbAsync(ctx => ctx.Practices.Where(p => p.Id == practice.Id).Select(p => p.Summary).SingleAsync()));
    }

    /// <summary>
    /// The durability review's case: two people open one practice, change the same field and save at the same moment.
    /// Exactly the saves that were told "saved" are in the history, the stored text is the last of them, and the other
    /// person is shown the conflict: never two "saved" with one change gone.
    /// </summary>
    [Theory, Databases]
    public async Task Simultaneous_saves_of_one_practice_lose_nothing_and_the_history_tells_the_truth(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var practice = await app.PracticeAsync(project);
        using var first = await app.SignInAsync(await app.MemberAsync(project));
        using var second = await app.SignInAsync(await app.MemberAsync(project));

        for (var trial = 0; trial < 10; trial++)
        {
            var revisionsBefore = await app.WithDbAsync(ctx => ctx.PracticeRevisions.CountAsync(r => r.PracticeId == practice.Id));
            var forms = await Task.WhenAll(first.PageAsync($"/fi/practices/{practice.Id}/edit"), second.PageAsync($"/fi/practices/{practice.Id}/edit"));
            var texts = new[] { $"Ensimmäinen {trial}.", $"Toinen {trial}." };

            var responses = await Task.WhenAll(
                first.SubmitAsync(forms[0], "form.form", new() { ["Form.Summary"] = texts[0] }),
                second.SubmitAsync(forms[1], "form.form", new() { ["Form.Summary"] = texts[1] }));

            Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Redirect, HttpStatusCode.Conflict }));
            var told = texts.Where((_, i) => responses[i].StatusCode == HttpStatusCode.Redirect).ToList();
            var written = await app.WithDbAsync(ctx => ctx.PracticeRevisions.Where(r => r.PracticeId == practice.Id).OrderBy(r => r.Id).Skip(revisionsBefore).ToListAsync());
            Assert.Equal(told.Order(), written.Select(r => r.Changes.Single().New).Order());
            Assert.Single(told);
            var stored = await app.WithDbAsync(ctx => ctx.Practices.Where(p => p.Id == practice.Id).Select(p => p.Summary).SingleAsync());
            Assert.Equal(written[^1].Changes.Single().New, stored);
        }
    }

    [Theory, Databases]
    public async Task A_good_practice_names_its_model_and_the_model_lists_it(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var model = await app.PracticeAsync(project, title: "Mentorointimalli", kind: PracticeKind.Model);
        var good = await app.PracticeAsync(project, title: "Mentorointi Oulussa");
        using var member = await app.SignInAsync(await app.MemberAsync(project));

        var saved = await member.SubmitAsync($"/fi/practices/{good.Id}/edit", "form.form", new() { ["Form.ModelId"] = model.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var visitor = app.NewBrowser();
        var modelPage = await visitor.PageAsync($"/fi/practices/{model.Id}");
        Assert.Contains("Mentorointi Oulussa", modelPage.Body!.TextContent);
        var goodPage = await visitor.PageAsync($"/fi/practices/{good.Id}");
        Assert.Contains("Mentorointimalli", goodPage.QuerySelector(".practice-facts")!.TextContent);

        // A model cannot apply a model: refused with a message, nothing saved.
        var refused = await member.SubmitAsync($"/fi/practices/{model.Id}/edit", "form.form", new() { ["Form.ModelId"] = good.Id.ToString() });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Null(await app.WithDbAsync(ctx => ctx.Practices.Where(p => p.Id == model.Id).Select(p => p.ModelId).SingleAsync()));
    }

    [Theory, Databases]
    public async Task The_list_filters_sorts_and_pages_with_shareable_addresses(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var other = await app.ProjectAsync(network, "Toinen");
        for (var i = 0; i < 25; i++) await app.PracticeAsync(project, title: $"Käytäntö {i:00}");
        await app.PracticeAsync(other, title: "Ääkkösellinen malli", kind: PracticeKind.Model);
        using var visitor = app.NewBrowser();

        var models = await visitor.PageAsync("/fi/practices?kind=Model");
        Assert.Equal(["Ääkkösellinen malli"], models.QuerySelectorAll(".card-title").Select(e => e.TextContent.Trim()));
        Assert.Contains("Tyyppi: Malli", models.QuerySelector(".chips")!.TextContent);

        var byTitle = await visitor.PageAsync($"/fi/practices?sort=Title&project={project.Id}");
        Assert.Equal("Käytäntö 00", byTitle.QuerySelector(".card-title")!.TextContent.Trim());
        Assert.Equal(20, byTitle.QuerySelectorAll(".card").Length);
        var next = byTitle.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("page=2", next);
        var second = await visitor.PageAsync(next);
        Assert.Equal(5, second.QuerySelectorAll(".card").Length);

        // Finnish alphabetical order: Ä after the rest.
        var all = await visitor.PageAsync("/fi/practices?sort=Title&pageSize=100");
        Assert.Equal("Ääkkösellinen malli", all.QuerySelectorAll(".card-title").Last().TextContent.Trim());
    }
}
