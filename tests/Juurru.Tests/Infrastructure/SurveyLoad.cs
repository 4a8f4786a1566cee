using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Features.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Infrastructure;

/// <summary>Respondents for load tests against a running site: an open one-page survey and whole answers to it.</summary>
public static partial class SurveyLoad
{
    /// <summary>Adds an open survey of four questions (choice, scale, number, text) to the first network; returns its link key.</summary>
    public static async Task<string> AddOpenSurveyAsync(JuurruDbContext db)
    {
        static LocalizedText T(string fi) => LocalizedText.Of(fi, fi, fi);
        var definition = new SurveyDefinition
        {
            Title = T("Palautekysely"),
            Sections =
            [
                new SectionDefinition
                {
                    Key = "s1", Title = T("Palaute"),
                    Questions =
                    [
                        new QuestionDefinition { Key = "role", Type = QuestionType.SingleChoice, Text = T("Rooli"), Required = true,
                            Options = [new Choice { Value = "o1", Text = T("Opettaja") }, new Choice { Value = "o2", Text = T("Ohjaaja") }, new Choice { Value = "o3", Text = T("Muu") }] },
                        new QuestionDefinition { Key = "useful", Type = QuestionType.Likert, Text = T("Hyödyllinen"), Required = true },
                        new QuestionDefinition { Key = "hours", Type = QuestionType.Number, Text = T("Tunnit") },
                        new QuestionDefinition { Key = "comment", Type = QuestionType.LongText, Text = T("Terveiset") },
                    ],
                },
            ],
        };
        var network = await db.Networks.OrderBy(n => n.Id).FirstAsync();
        var now = DateTime.UtcNow;
        var survey = new Survey { NetworkId = network.Id, OpensAt = now.AddHours(-1), ClosesAt = now.AddDays(1), CreatedAt = now, UpdatedAt = now };
        survey.Define(definition);
        db.Surveys.Add(survey);
        await db.SaveChangesAsync();
        return survey.LinkKey;
    }

    /// <summary>Opens the survey once, for its antiforgery cookie (kept by the client) and token.</summary>
    public static async Task<string> TokenAsync(HttpClient http, string link)
    {
        var first = await http.GetStringAsync($"/fi/s/{link}/{NewKey()}/1");
        return WebUtility.HtmlDecode(TokenField().Match(first).Groups[1].Value);
    }

    /// <summary>Sends one whole response under a new key; returns the key and the role chosen once the site thanked for it.</summary>
    public static async Task<(string Key, string Choice)> AnswerAsync(HttpClient http, string link, string token, Random random)
    {
        var key = NewKey();
        var choice = $"o{random.Next(1, 4)}";
        var fields = new Dictionary<string, string>
        {
            ["__af"] = token, ["a.role"] = choice, ["a.useful"] = random.Next(1, 6).ToString(), ["a.hours"] = random.Next(0, 40).ToString(),
            ["a.comment"] = $"Vastaus {key[..8]}",
        };
        using var response = await http.PostAsync($"/fi/s/{link}/{key}/1?handler=Send", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith($"/{key}/done", response.Headers.Location!.OriginalString);
        return (key, choice);
    }

    private static string NewKey() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    [GeneratedRegex("name=\"__af\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
