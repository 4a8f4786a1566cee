using System.Security.Cryptography;
using System.Text;

namespace Juurru.Features.Surveys;

/// <summary>A named group of invitees (e.g. main projects, sub-projects): response rates and report filters are per group.</summary>
public sealed class RespondentGroup
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public required string Name { get; set; }
}

/// <summary>
/// One invitee: an address, the group, and a personal link (<see cref="Token"/>). Whether they answered is a flag without
/// a time, so in an anonymous survey nothing ties the invitation to the response it led to.
/// </summary>
public sealed class Invitation
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public int? GroupId { get; set; }
    public RespondentGroup? Group { get; set; }
    public required string Email { get; set; }
    public string? Name { get; set; }
    /// <summary>The language of the messages and of the personal link (fi, sv, en).</summary>
    public string Language { get; set; } = "fi";
    public string Token { get; private set; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
    public DateTime? SentAt { get; set; }
    public DateTime? RemindedAt { get; set; }
    public int Reminders { get; set; }
    public bool Answered { get; set; }
}

/// <summary>
/// The secret of a network's respondent codes: an invitee's code is an HMAC of their address under it, so the same person
/// gets the same code in every survey of the network (pairing a pre and a post survey) and the code alone names no one.
/// </summary>
public sealed class RespondentCodeKey
{
    public int NetworkId { get; set; }
    public byte[] Key { get; set; } = RandomNumberGenerator.GetBytes(32);

    public string CodeFor(string email) =>
        "R-" + Convert.ToHexString(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())))[..10];
}

/// <summary>An open answer a coordinator picked to feature in the report (also in the published one).</summary>
public sealed class FeaturedQuote
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public long ResponseId { get; set; }
    public required string QuestionKey { get; set; }
    public DateTime CreatedAt { get; set; }
}
