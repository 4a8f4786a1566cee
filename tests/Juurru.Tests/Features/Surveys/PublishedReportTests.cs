using System.Text.Json;
using System.Text.RegularExpressions;
using Juurru.Features.Shared;
using Juurru.Features.Surveys;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.Surveys;

/// <summary>
/// Proof against a real report: the structure of the Välitä! network survey (seed 004) rebuilt, synthetic responses whose
/// distribution matches what the report publishes, and Juurru's report showing the same n and percentages. The
/// published figures are read from the seed document itself.
/// </summary>
public sealed class PublishedReportTests
{
    /// <summary>The report's figures: respondents, the four theme blocks' n, and two scale questions' n with their printed percentages.</summary>
    private sealed record Published(int Respondents, int[] ThemeBlocks, (int N, int[] Percents) Success, (int N, int[] Percents) Cooperation);

    private static Published Read()
    {
        // The report's text with its line breaks folded, so that a question split over lines reads as one.
        var text = Regex.Replace(Seeds.Read(Seeds.ValitaSurvey), @"\s+", " ");
        int N(string pattern) => int.Parse(Regex.Match(text, pattern).Groups[1].Value);
        // A chart prints its segment percentages just before its axis and its question, e.g. "6 54 38 3 0 % 25 % … 100 % Arvioi …".
        (int, int[]) Scale(string question)
        {
            var m = Regex.Match(text, @"(\d{1,3}(?: \d{1,3}){2,}) 0 % 25 % 50 % 75 % 100 % " + Regex.Escape(question) + @" \(n=(\d+)\)");
            Assert.True(m.Success, question);
            return (int.Parse(m.Groups[2].Value), m.Groups[1].Value.Split(' ').Select(int.Parse).ToArray());
        }
        var respondents = N(@"kehittämisteemoihin olette osallistuneet\? Voit valita useita vaihtoehtoja\. \(n=(\d+)\)");
        // Each theme block opens with a multi-select shown only to the theme's participants.
        var blocks = Regex.Matches(text, @"pääasiallinen toiminta on suuntautunut\? \(voit valita useita vaihtoehtoja\) \(n=(\d+)\)")
            .Select(m => int.Parse(m.Groups[1].Value)).ToArray();
        return new Published(respondents, blocks, Scale("Arvioi verkostohankkeen onnistumista"),
            Scale("Miten yhteistyö oman verkostohankkeen ja sen osatoteuttajien kanssa on onnistunut?"));
    }

    /// <summary>Counts that sum to n and round to the printed percentages (largest remainder).</summary>
    private static int[] CountsFor(int n, int[] percents)
    {
        var exact = percents.Select(p => p * n / 100.0).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        foreach (var i in exact.Select((e, i) => (Remainder: e - Math.Floor(e), i)).OrderByDescending(x => x.Remainder).Take(n - counts.Sum()).Select(x => x.i)) counts[i]++;
        return counts;
    }

    private static QuestionDefinition Scale(string key, string text) => new()
    {
        Key = key, Type = QuestionType.Likert, Text = LocalizedText.Of(text, "", ""),
        Scale = new Scale { Min = 1, Max = 5, DontKnow = true, MinLabel = LocalizedText.Of("1", "", ""), MaxLabel = LocalizedText.Of("5", "", "") },
    };

    private static SurveyDefinition Structure()
    {
        var themes = new QuestionDefinition
        {
            Key = "themes", Type = QuestionType.MultipleChoice, Required = true, MinPicks = 1,
            Text = LocalizedText.Of("Kehittämisteemat", "", ""),
            Options = Enumerable.Range(1, 4).Select(i => new Choice { Value = $"t{i}", Text = LocalizedText.Of($"Teema {i}", "", "") }).ToList(),
        };
        var sections = new List<SectionDefinition>
        {
            new() { Key = "background", Title = LocalizedText.Of("Vastaajat", "", ""), Questions = [themes] },
            new() { Key = "results", Title = LocalizedText.Of("Onnistuminen", "", ""), Questions = [Scale("success", "Onnistuminen"), Scale("cooperation", "Yhteistyö")] },
        };
        for (var i = 1; i <= 4; i++)
        {
            sections.Add(new SectionDefinition
            {
                Key = $"block{i}", Title = LocalizedText.Of($"Teema {i}", "", ""),
                ShowIf = new Condition { Question = "themes", Operator = ConditionOperator.Includes, Values = [$"t{i}"] },
                Questions = [new QuestionDefinition { Key = $"b{i}", Type = QuestionType.MultipleChoice, Required = true, Text = LocalizedText.Of("Toimenpiteet", "", ""),
                    Options = [new Choice { Value = "a", Text = LocalizedText.Of("A", "", "") }, new Choice { Value = "b", Text = LocalizedText.Of("B", "", "") }] }],
            });
        }
        return new SurveyDefinition { Title = LocalizedText.Of("Välitä!-verkostokysely", "", ""), Sections = sections };
    }

    /// <summary>Respondents whose theme picks give each block its published n, and whose scale answers match the published shares.</summary>
    private static List<Answers> Responses(Published p)
    {
        var responses = Enumerable.Range(0, p.Respondents).Select(_ => new Answers()).ToList();
        var picks = responses.Select(_ => new List<string>()).ToList();
        for (var t = 0; t < p.ThemeBlocks.Length; t++)
            for (var k = 0; k < p.ThemeBlocks[t]; k++) picks[(k * 7 + t * 13) % p.Respondents].Add($"t{t + 1}");
        // Everyone took part in some theme: those left without one take the first (which then has more than published; avoided below).
        Assert.All(picks, x => Assert.NotEmpty(x));
        for (var i = 0; i < responses.Count; i++)
        {
            responses[i].Set("themes", picks[i].Distinct());
            foreach (var t in picks[i].Distinct()) responses[i].Set($"b{t[1..]}", ["a"]);
        }
        void Scale(string key, (int N, int[] Percents) published)
        {
            // The printed segments are the values 3, 4, 5 and "Don't know" (nobody chose 1 or 2).
            var counts = CountsFor(published.N, published.Percents);
            string[] values = ["3", "4", "5", Juurru.Features.Surveys.Scale.DontKnowValue];
            var r = 0;
            for (var v = 0; v < counts.Length; v++)
                for (var k = 0; k < counts[v]; k++) responses[r++].Set(key, [values[v]]);
        }
        Scale("success", p.Success);
        Scale("cooperation", p.Cooperation);
        return responses;
    }

    [Theory, Databases]
    public async Task Juurru_shows_the_same_n_and_percentages_as_the_published_report(Db db)
    {
        var published = Read();
        Assert.Equal(101, published.Respondents);
        Assert.Equal(4, published.ThemeBlocks.Length);

        await using var w = await RoleWorld.CreateAsync(db);
        var id = await w.App.WithDbAsync(async ctx =>
        {
            var survey = new Survey { NetworkId = w.Network.Id, OpensAt = DateTime.UtcNow.AddDays(-30), ClosesAt = DateTime.UtcNow.AddDays(-1), CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            survey.Define(Structure());
            ctx.Surveys.Add(survey);
            await ctx.SaveChangesAsync();
            ctx.SurveyResponses.AddRange(Responses(published).Select(a => new SurveyResponse
            {
                SurveyId = survey.Id, Key = Guid.NewGuid().ToString("N"), Status = ResponseStatus.Submitted, AnswersJson = a.ToJson(),
                StartedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, SubmittedAt = DateTime.UtcNow,
            }));
            await ctx.SaveChangesAsync();
            return survey.Id;
        });

        using var coordinator = await w.AsAsync(Role.Coordinator);
        using var report = JsonDocument.Parse(await coordinator.Client.GetStringAsync($"/api/v1/surveys/{id}/report"));
        var questions = report.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("questions").EnumerateArray())
            .ToDictionary(q => q.GetProperty("key").GetString()!);
        Assert.Equal(published.Respondents, report.RootElement.GetProperty("responses").GetInt32());

        // The theme multi-select: of the 101, each theme's share; each theme block shown to exactly its participants.
        var themes = questions["themes"];
        Assert.Equal(published.Respondents, themes.GetProperty("seen").GetInt32());
        Assert.Equal(published.ThemeBlocks, themes.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("count").GetInt32()).ToArray());
        for (var t = 0; t < 4; t++)
            Assert.Equal((published.ThemeBlocks[t], published.ThemeBlocks[t]), (questions[$"b{t + 1}"].GetProperty("seen").GetInt32(), questions[$"b{t + 1}"].GetProperty("n").GetInt32()));

        // The two scales: the same n, and the shares of 3, 4, 5 and "Don't know" round to the printed percentages.
        foreach (var (key, figures) in new[] { ("success", published.Success), ("cooperation", published.Cooperation) })
        {
            var scale = questions[key].GetProperty("scales")[0];
            Assert.Equal(figures.N, scale.GetProperty("n").GetInt32());
            var shares = scale.GetProperty("values").EnumerateArray().Skip(2).Select(v => v.GetProperty("percent").GetDouble())
                .Append(scale.GetProperty("dontKnow").GetProperty("percent").GetDouble());
            Assert.Equal(figures.Percents, shares.Select(s => (int)Math.Round(s, MidpointRounding.AwayFromZero)).ToArray());
            // The mean leaves "Don't know" out: computed from the valid answers only.
            var counts = CountsFor(figures.N, figures.Percents);
            var mean = (3.0 * counts[0] + 4 * counts[1] + 5 * counts[2]) / (counts[0] + counts[1] + counts[2]);
            Assert.Equal(Math.Round(mean, 2), scale.GetProperty("mean").GetDouble());
        }

        // The report page shows the same whole percentages as the printed report, halves rounded up (62.5 → 63).
        var page = await coordinator.PageAsync($"/fi/surveys/{id}/report");
        var halves = 0;
        foreach (var (caption, figures) in new[] { ("Onnistuminen", published.Success), ("Yhteistyö", published.Cooperation) })
        {
            var table = page.QuerySelectorAll("figure.chart").Single(f => f.QuerySelector("figcaption")!.TextContent == caption).NextElementSibling!;
            var cells = table.QuerySelectorAll("tbody tr td").Select(c => c.TextContent).ToList();
            // n, then "count (percent %)" for 1–5 and "Don't know", then the mean and deviation.
            var shown = cells.Skip(3).Take(4).Select(c => int.Parse(Regex.Match(c, @"\((\d+) %\)").Groups[1].Value)).ToArray();
            Assert.Equal(figures.Percents, shown);
            halves += CountsFor(figures.N, figures.Percents).Count(c => 200 * c % figures.N == 0 && 200 * c / figures.N % 2 == 1);
        }
        Assert.True(halves > 0, "The published figures include a half that rounds up.");
    }
}
