using System.Net;
using System.Text.Json;
using Juurru.Features.Rooting.Indicators;
using Juurru.Features.Shared;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Features.Rooting;

/// <summary>A project's indicators through the pages, as its members use them, and on the project page and in the API.</summary>
public sealed class IndicatorTests
{
    private static Dictionary<string, string> Students(string target = "500", string targetDate = "2023-07-31") => new()
    {
        ["Input.Name"] = "Kohderyhmien opiskelijat", ["Input.Unit"] = "opiskelijaa", ["Input.Kind"] = "Count", ["Input.Direction"] = "Increase",
        ["Input.Baseline"] = "0", ["Input.BaselineDate"] = "2021-01-01", ["Input.Target"] = target, ["Input.TargetDate"] = targetDate,
        ["Input.DataSource"] = "Opiskelijahallintojärjestelmä",
    };

    [Theory, Databases]
    public async Task A_member_adds_an_indicator_and_measurements_and_sees_the_progress(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        using var member = await app.SignInAsync(await app.MemberAsync(project));

        var saved = await member.SubmitAsync($"/fi/projects/{project.Id}/indicators/edit", "form.form", Students());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = saved.Headers.Location!.OriginalString;
        foreach (var (date, value) in new[] { ("2021-12-31", "120"), ("2022-12-31", "312") })
        {
            var added = await member.SubmitAsync(details, "#measurement-form form", new()
            {
                ["Measure.Date"] = date, ["Measure.Value"] = value, ["Measure.Source"] = "Koski-raportti",
            });
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        using var visitor = app.NewBrowser();
        var page = await visitor.PageAsync($"/fi/projects/{project.Id}");
        var indicator = page.QuerySelector(".indicator")!;
        Assert.Contains("Kohderyhmien opiskelijat", indicator.TextContent);
        Assert.Contains("312", indicator.TextContent);
        Assert.Contains("62 % matkasta tavoitteeseen", indicator.TextContent);
        Assert.NotNull(indicator.QuerySelector("svg[role=img][aria-label='62 % matkasta tavoitteeseen']"));
        var row = page.QuerySelector("table.data-table tbody tr")!.TextContent;
        Assert.Contains("500", row);
        Assert.Contains("62 %", row);
        var chart = await visitor.PageAsync(details);
        Assert.Equal(2, chart.QuerySelectorAll("figure.chart circle").Length);
        Assert.Equal(2, chart.QuerySelectorAll("table.data-table tbody tr").Length);
    }

    [Theory, Databases]
    public async Task The_api_gives_each_indicator_with_its_target_and_measurements(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        await app.IndicatorAsync(project, (new DateOnly(2022, 12, 31), 312m));

        using var visitor = app.NewBrowser();
        var json = JsonDocument.Parse(await visitor.Client.GetStringAsync($"/api/v1/projects/{project.Id}")).RootElement;

        var indicator = json.GetProperty("indicators")[0];
        Assert.Equal("Kohderyhmien opiskelijat", indicator.GetProperty("name").GetString());
        Assert.Equal("Count", indicator.GetProperty("kind").GetString());
        Assert.Equal(500, indicator.GetProperty("target").GetDecimal());
        Assert.Equal("2023-07-31", indicator.GetProperty("targetDate").GetString());
        Assert.Equal(62, indicator.GetProperty("progressPercent").GetInt32());
        var measurement = indicator.GetProperty("measurements")[0];
        Assert.Equal("2022-12-31", measurement.GetProperty("date").GetString());
        Assert.Equal(312, measurement.GetProperty("value").GetDecimal());
    }

    [Theory, Databases]
    public async Task A_target_without_a_date_is_refused_and_nothing_is_saved(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        using var member = await app.SignInAsync(await app.MemberAsync(project));

        var refused = await member.SubmitAsync($"/fi/projects/{project.Id}/indicators/edit", "form.form", Students(targetDate: ""));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await Browser.ParseAsync(refused);
        Assert.Contains("Tavoitteelle tarvitaan päivämäärä", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#Input_TargetDate")!.GetAttribute("aria-invalid"));
        Assert.Equal(0, await app.WithDbAsync(ctx => ctx.Indicators.CountAsync()));
    }

    [Theory, Databases]
    public async Task A_measurement_in_the_wrong_kind_is_refused_and_nothing_is_saved(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        var indicatorId = await app.IndicatorAsync(project);
        using var member = await app.SignInAsync(await app.MemberAsync(project));

        var refused = await member.SubmitAsync($"/fi/projects/{project.Id}/indicators/{indicatorId}", "#measurement-form form",
            new() { ["Measure.Date"] = "2022-01-31", ["Measure.Value"] = "12,5" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Lukumäärän on oltava kokonaisluku", (await Browser.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(ctx => ctx.Measurements.CountAsync()));
        Assert.Equal(1, await app.WithDbAsync(ctx => ctx.IndicatorRevisions.CountAsync()));
    }

    [Theory, Databases]
    public async Task A_measurement_dated_in_the_future_is_refused(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        var indicatorId = await app.IndicatorAsync(project);
        using var member = await app.SignInAsync(await app.MemberAsync(project));

        var refused = await member.SubmitAsync($"/fi/projects/{project.Id}/indicators/{indicatorId}", "#measurement-form form",
            new() { ["Measure.Date"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd"), ["Measure.Value"] = "12" });

        Assert.Contains("tulevaisuudessa", (await Browser.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(ctx => ctx.Measurements.CountAsync()));
    }

    [Theory, Databases]
    public async Task Every_change_is_kept_in_the_history(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var project = await app.ProjectAsync(await app.NetworkAsync());
        var indicatorId = await app.IndicatorAsync(project, (new DateOnly(2022, 1, 31), 120m));
        var measurementId = await app.WithDbAsync(ctx => ctx.Measurements.Select(m => m.Id).SingleAsync());
        using var member = await app.SignInAsync(await app.MemberAsync(project));
        var url = $"/fi/projects/{project.Id}/indicators/{indicatorId}";

        var corrected = await member.SubmitAsync($"{url}?measurement={measurementId}", "#measurement-form form", new() { ["Measure.Value"] = "130" });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var removed = await member.SubmitAsync(url, "form[action*='handler=Remove']", new());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var changed = await member.SubmitAsync($"/fi/projects/{project.Id}/indicators/edit/{indicatorId}", "form.form", Students(target: "600"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var history = await member.PageAsync($"{url}/history");
        var entries = history.QuerySelectorAll(".history > li").Select(li => li.TextContent).ToList();
        Assert.Equal(4, entries.Count);
        Assert.Contains("Mittaria muutettu", entries[0]);
        Assert.Contains("600", entries[0]);
        Assert.Contains("Mittaustulos poistettu", entries[1]);
        Assert.Contains("130", entries[1]);
        Assert.Contains("Mittaustulos korjattu", entries[2]);
        Assert.Contains("120", entries[2]);
        Assert.Contains("Mittari lisätty", entries[3]);
        Assert.Equal(0, await app.WithDbAsync(ctx => ctx.Measurements.CountAsync()));
    }

    [Theory, Databases]
    public async Task A_network_defines_a_common_indicator_that_every_project_reports(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        var project = await app.ProjectAsync(network);
        var other = await app.ProjectAsync(network, "Toinen hanke");
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));

        var defined = await coordinator.SubmitAsync($"/fi/networks/{network.Slug}/indicators", "#common-form form", new()
        {
            ["Input.NameFi"] = "Osallistujat", ["Input.NameSv"] = "Deltagare", ["Input.NameEn"] = "Participants",
            ["Input.UnitFi"] = "henkilöä", ["Input.UnitSv"] = "personer", ["Input.UnitEn"] = "people", ["Input.Kind"] = "Count", ["Input.Direction"] = "Increase",
        });
        Assert.Equal(HttpStatusCode.Redirect, defined.StatusCode);
        var commonId = await app.WithDbAsync(ctx => ctx.CommonIndicators.Select(c => c.Id).SingleAsync());

        // Every project sees it as its own to report.
        using var visitor = app.NewBrowser();
        Assert.Contains("Ei vielä raportoitu", (await visitor.PageAsync($"/fi/projects/{other.Id}")).QuerySelector(".indicators")!.TextContent);
        Assert.Contains("Participants", (await visitor.PageAsync($"/en/projects/{other.Id}")).QuerySelector(".indicators")!.TextContent);

        using var member = await app.SignInAsync(await app.MemberAsync(project));
        var reported = await member.SubmitAsync($"/fi/projects/{project.Id}/indicators/edit?common={commonId}", "form.form", new()
        {
            ["Input.Baseline"] = "0", ["Input.Target"] = "200", ["Input.TargetDate"] = "2026-12-31",
        });
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        var indicator = await app.WithDbAsync(ctx => ctx.Indicators.SingleAsync());
        Assert.Equal((commonId, "Osallistujat", IndicatorKind.Count), (indicator.CommonIndicatorId, indicator.Name, indicator.Kind));

        // A second report of the same common indicator goes to the first.
        var again = await member.GetAsync($"/fi/projects/{project.Id}/indicators/edit?common={commonId}");
        Assert.Equal($"/fi/projects/{project.Id}/indicators/edit/{indicator.Id}", again.Headers.Location!.OriginalString);

        // Once reported, it can no longer be removed or turned into a percentage.
        var list = await coordinator.PageAsync($"/fi/networks/{network.Slug}/indicators");
        Assert.Contains("1/2 hankkeesta", list.QuerySelector("table")!.TextContent);
        Assert.Null(list.QuerySelector("form[action*='handler=Remove']"));
        var kindChange = await coordinator.SubmitAsync($"/fi/networks/{network.Slug}/indicators?edit={commonId}", "#common-form form",
            new() { ["Input.Kind"] = "Euro" });
        Assert.Equal(HttpStatusCode.OK, kindChange.StatusCode);
        Assert.Equal(IndicatorKind.Count, await app.WithDbAsync(ctx => ctx.CommonIndicators.Select(c => c.Kind).SingleAsync()));
    }

    [Theory, Databases]
    public async Task A_common_indicator_cannot_be_a_percentage(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        var network = await app.NetworkAsync();
        using var coordinator = await app.SignInAsync(await app.CoordinatorAsync(network));

        var refused = await coordinator.PostAsync($"/fi/networks/{network.Slug}/indicators?handler=Save", new()
        {
            ["Input.NameFi"] = "Läpäisyaste", ["Input.Kind"] = "Percentage", ["Input.Direction"] = "Increase",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Prosenttiosuuksia ei voi laskea yhteen", (await Browser.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(ctx => ctx.CommonIndicators.CountAsync()));
    }
}
