using System.Security.Cryptography;

namespace Juurru.Features.Surveys;

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
