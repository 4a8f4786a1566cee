namespace Juurru.Features.OpenData;

/// <summary>
/// The download links under a list: its whole filtered set in each format (see <see cref="ExportApi"/>), and its feed.
/// <paramref name="Set"/> is "practices" or "projects"; <paramref name="Query"/> the list's filters, without paging.
/// </summary>
public sealed record DownloadLinks(string Set, IReadOnlyDictionary<string, string> Query, string? Feed)
{
    public string For(string format, string language, bool excel = false)
    {
        var values = Query.Where(kv => kv.Key is not ("page" or "pageSize" or "handler"))
            .Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value))
            .Append(new("lang", language));
        if (excel) values = values.Append(new("excel", "true"));
        return $"/api/v1/export/{Set}.{format}" + QueryString.Create(values);
    }
}
