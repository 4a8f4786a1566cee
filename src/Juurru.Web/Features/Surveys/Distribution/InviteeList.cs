using System.Globalization;
using System.Net.Mail;
using CsvHelper;
using CsvHelper.Configuration;
using Juurru.Localization;

namespace Juurru.Features.Surveys.Distribution;

/// <summary>One invitee read from a list: address, name, group name and language (the last three may be empty).</summary>
public sealed record Invitee(string Email, string? Name, string? Group, string Language);

/// <summary>
/// Reads an invitee list (CSV with a header row; comma or semicolon; UTF-8): a column "email" (or "sähköposti") and
/// optionally "name"/"nimi", "group"/"ryhmä" and "language"/"kieli". Every row is checked and every problem reported
/// with its row number; a list with any problem gives no invitees, so nothing is half-imported.
/// </summary>
public static class InviteeList
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 20_000;

    private static readonly string[] EmailHeaders = ["email", "e-mail", "sähköposti", "e-post"];
    private static readonly string[] NameHeaders = ["name", "nimi", "namn"];
    private static readonly string[] GroupHeaders = ["group", "ryhmä", "grupp"];
    private static readonly string[] LanguageHeaders = ["language", "kieli", "språk"];

    public static (IReadOnlyList<Invitee> Invitees, IReadOnlyList<DefinitionError> Errors) Read(TextReader text, IEnumerable<string> alreadyInvited)
    {
        var errors = new List<DefinitionError>();
        var invitees = new List<Invitee>();
        var seen = new HashSet<string>(alreadyInvited, StringComparer.OrdinalIgnoreCase);
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true, DetectDelimiterValues = [",", ";", "\t"], BadDataFound = null, MissingFieldFound = null, TrimOptions = TrimOptions.Trim,
        });
        if (!csv.Read() || !csv.ReadHeader())
            return ([], [new("The list is empty: the first row must name the columns, e.g. email;name;group.")]);
        var headers = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Find(string[] names) => headers.FindIndex(names.Contains);
        var (email, name, group, language) = (Find(EmailHeaders), Find(NameHeaders), Find(GroupHeaders), Find(LanguageHeaders));
        if (email < 0) return ([], [new("The list has no column \"email\" (or \"sähköposti\").")]);
        while (csv.Read())
        {
            var row = csv.Parser.Row;
            string? Field(int i) => i < 0 ? null : csv.GetField(i) is { Length: > 0 } v ? v.Trim() : null;
            if (csv.Parser.Record is { } record && record.All(string.IsNullOrWhiteSpace)) continue;
            if (invitees.Count + errors.Count >= MaxRows)
            {
                errors.Add(new("The list has more than {0} rows.", MaxRows));
                break;
            }
            var address = Field(email);
            if (address is null || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address || address.Length > 320)
            {
                errors.Add(new("Row {0}: \"{1}\" is not an e-mail address.", row, address ?? ""));
                continue;
            }
            if (!seen.Add(address))
            {
                errors.Add(new("Row {0}: {1} is already on the list.", row, address));
                continue;
            }
            var lang = Field(language)?.ToLowerInvariant() ?? Cultures.Default;
            if (!Cultures.IsSupported(lang))
            {
                errors.Add(new("Row {0}: the language must be fi, sv or en.", row));
                continue;
            }
            var who = Field(name);
            var groupName = Field(group);
            if (who is { Length: > 200 } || groupName is { Length: > 200 })
            {
                errors.Add(new("Row {0}: a name can be at most {1} characters long.", row, 200));
                continue;
            }
            invitees.Add(new Invitee(address, who, groupName, lang));
        }
        if (errors.Count == 0 && invitees.Count == 0) errors.Add(new("The list has no invitees."));
        return errors.Count > 0 ? ([], errors) : (invitees, errors);
    }
}
