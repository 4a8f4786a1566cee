using System.Net.Http.Headers;
using System.Text;

namespace Juurru.Tests.Fuzz;

/// <summary>What a careless client, a broken proxy or an attacker sends instead of what a form asks for.</summary>
public static class MalformedInput
{
    public static readonly string[] Values =
    [
        new string('ä', 20_000),                 // far beyond any field's length
        "a\u0000b\u0001c\u001f\u007f",          // control characters
        "2147483648",                            // int.MaxValue + 1
        "-9223372036854775809",                  // below long.MinValue
        "1e400",                                 // beyond double
        "-1",
        "abc",                                   // a word where a number, date or boolean is expected
        "",
        "   ",
        "2026-02-30",                            // a date that does not exist
        "<script>alert(1)</script>",
        "%",
    ];

    /// <summary>Values for the address: ids, keys and page numbers that do not fit.</summary>
    /// <remarks>No %00: the test server refuses it before the application sees it, as Kestrel does with 400.</remarks>
    public static readonly string[] Segments = ["0", "2147483648", "abc", "%20", "%C3%28", new string('x', 3000)];

    public static IEnumerable<(string Label, HttpContent Body)> Bodies(FoundForm form)
    {
        var token = form.Token ?? "";
        var names = form.Names.ToList();
        foreach (var value in Values)
        {
            var fields = new List<KeyValuePair<string, string>> { new("__af", token) };
            fields.AddRange(names.Select(n => new KeyValuePair<string, string>(n, value)));
            yield return ($"every field = {Describe(value)}", Encoded(fields));
        }
        var twice = new List<KeyValuePair<string, string>> { new("__af", token) };
        twice.AddRange(names.SelectMany(n => new[] { new KeyValuePair<string, string>(n, "1"), new(n, "x") }));
        yield return ("every field twice", Encoded(twice));
        yield return ("no fields", Encoded([new("__af", token)]));
        var first = names.FirstOrDefault() ?? "x";
        yield return ("%00 in a value", Raw($"__af={Uri.EscapeDataString(token)}&{Uri.EscapeDataString(first)}=%00", "application/x-www-form-urlencoded"));
        yield return ("broken percent-encoding", Raw($"__af={Uri.EscapeDataString(token)}&{Uri.EscapeDataString(first)}=%zz%&%", "application/x-www-form-urlencoded"));
        yield return ("bytes that are not UTF-8", RawBytes([.. Encoding.ASCII.GetBytes($"__af={Uri.EscapeDataString(token)}&{Uri.EscapeDataString(first)}="), 0xFF, 0xFE, 0xC3], "application/x-www-form-urlencoded"));
        yield return ("multipart without a boundary", Raw("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n", "multipart/form-data"));
        yield return ("multipart cut short", Raw($"--x\r\nContent-Disposition: form-data; name=\"__af\"\r\n\r\n{token}\r\n--x\r\nContent-Disposition: form-data; name=\"{first}\"\r\n\r\nab", "multipart/form-data; boundary=x"));
        var fileField = form.FileFields.FirstOrDefault() ?? first;
        foreach (var fileName in new[] { "a\"b.pdf", "a\r\nb.pdf", new string('n', 5000) + ".pdf" })
        {
            var multipart = $"--x\r\nContent-Disposition: form-data; name=\"__af\"\r\n\r\n{token}\r\n" +
                            $"--x\r\nContent-Disposition: form-data; name=\"{fileField}\"; filename=\"{fileName}\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--x--\r\n";
            yield return ($"file name {Describe(fileName)}", Raw(multipart, "multipart/form-data; boundary=x"));
        }
    }

    public static string Query(FoundForm form, string value) =>
        string.Join("&", form.Names.Select(n => $"{Uri.EscapeDataString(n)}={Uri.EscapeDataString(value)}"));

    public static string Describe(string value) => value.Length > 40 ? $"{value.Length} × '{value[0]}'" : $"'{value.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\0", "\\0")}'";

    private static HttpContent Encoded(List<KeyValuePair<string, string>> fields) => new FormUrlEncodedContent(fields);

    private static HttpContent Raw(string body, string contentType) => RawBytes(Encoding.UTF8.GetBytes(body), contentType);

    private static HttpContent RawBytes(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }
}
