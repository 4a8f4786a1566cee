using System.Text.RegularExpressions;
using Juurru.Data;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Surveys.Answering;

/// <summary>
/// Respondent codes of pseudonymous surveys. An invitee's code is derived from their address with the network's secret
/// (<see cref="RespondentCodeKey"/>), the same in every survey of the network; through the open link the respondent
/// types a code they were given or made by an agreed rule. Either way the answers carry the code, never the name.
/// </summary>
public static partial class RespondentCodes
{
    /// <summary>Upper case without spaces; null when it is not 4–40 letters, digits or hyphens.</summary>
    public static string? Normalize(string? typed)
    {
        var code = string.Concat((typed ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return CodePattern().IsMatch(code) ? code : null;
    }

    public static async Task<string> ForEmailAsync(JuurruDbContext db, int networkId, string email, CancellationToken ct)
    {
        var key = await db.RespondentCodeKeys.AsNoTracking().SingleOrDefaultAsync(k => k.NetworkId == networkId, ct);
        if (key is null)
        {
            key = new RespondentCodeKey { NetworkId = networkId };
            db.RespondentCodeKeys.Add(key);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Made at the same moment by another request: use that one.
                db.ChangeTracker.Clear();
                key = await db.RespondentCodeKeys.AsNoTracking().SingleAsync(k => k.NetworkId == networkId, ct);
            }
        }
        return key.CodeFor(email);
    }

    [GeneratedRegex("^[A-Z0-9ÅÄÖ-]{4,40}$")]
    private static partial Regex CodePattern();
}
