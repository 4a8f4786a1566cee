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
    /// <summary>What the invitee answers for, e.g. "Rannikkoseudun ammattiopisto": said in the messages and on the start page.</summary>
    public string? Regarding { get; set; }
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

/// <summary>
/// A file a respondent attached to a File question: stored under a random name like practice attachments, named in the
/// answers by <see cref="Key"/>, and tied to the response that uploaded it, so no one can claim another's file.
/// </summary>
public sealed class SurveyFile
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public required string ResponseKey { get; set; }
    public required string QuestionKey { get; set; }
    public string Key { get; set; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string StoredName { get; set; } = "";

    public static bool IsKey(string value) => value.Length == 32 && value.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
