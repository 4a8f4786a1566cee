using System.Security.Cryptography;
using System.Text;

namespace Juurru.Features.Surveys;

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
