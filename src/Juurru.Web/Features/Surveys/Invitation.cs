using System.Security.Cryptography;

namespace Juurru.Features.Surveys;

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
