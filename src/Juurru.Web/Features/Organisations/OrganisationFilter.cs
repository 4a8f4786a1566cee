using Juurru.Data;

namespace Juurru.Features.Organisations;

/// <summary>The organisation list's filters, shared by its page and the API.</summary>
public static class OrganisationFilter
{
    /// <summary>Every word of <paramref name="q"/> in the name or another name; the type; the region code.</summary>
    public static IQueryable<Organisation> Filter(this IQueryable<Organisation> query, string? q, OrganisationType? type, string? region)
    {
        foreach (var word in TextKeys.Normalize(q).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            query = query.Where(o => o.NormalizedName.Contains(word) || o.NormalizedOtherNames.Contains(word));
        if (type is { } t) query = query.Where(o => o.Type == t);
        if (!string.IsNullOrWhiteSpace(region)) query = query.Where(o => o.Region!.Code == region);
        return query;
    }
}
